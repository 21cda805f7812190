package org.csi.platform.domain;

import java.util.List;

/**
 * A use case refused by a rule of the domain. Services throw its subclasses and know nothing of HTTP;
 * {@code ProblemMappers} turns each into an RFC 9457 problem at the edge:
 * <ul>
 * <li>{@link NotFoundException}: 404</li>
 * <li>{@link InvalidException}: 400, naming each bad field</li>
 * <li>{@link NotPermittedException}: 403, a rule about who may do it (four-eyes, a source system that is not yours)</li>
 * <li>{@link ConflictException}: 409, the state does not allow it</li>
 * <li>{@link StaleVersionException}: 412 or 428, the caller's {@link ExpectedVersion} does not hold</li>
 * </ul>
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, InvalidException, NotPermittedException, ConflictException, StaleVersionException {

    private final String reason;
    private final String title;
    private final List<Violation> violations;

    protected DomainException(String reason, String title, String detail, List<Violation> violations) {
        super(detail);
        this.reason = reason;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** A short, stable name of the refusal, e.g. {@code not-found} or {@code four-eyes}; the problem type's last part. */
    public String reason() {
        return reason;
    }

    /** A short human summary of the refusal, the same for every instance of it. */
    public String title() {
        return title;
    }

    /** The fields at fault, when the refusal is about input; empty otherwise. */
    public List<Violation> violations() {
        return violations;
    }
}
