package org.csi.platform.domain;

import java.util.List;

/** The command breaks a rule about its values; names each field at fault (at most the first 100). */
public final class InvalidException extends DomainException {

    private static final int MAX_VIOLATIONS = 100;

    public InvalidException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidException(List<Violation> violations) {
        super("validation-failed", "Request is not valid", detail(violations),
                violations.size() > MAX_VIOLATIONS ? violations.subList(0, MAX_VIOLATIONS) : violations);
    }

    private static String detail(List<Violation> violations) {
        return violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are not valid";
    }
}
