package org.csi.platform.domain;

import java.util.List;

/**
 * A rule about who may do something refuses this actor, e.g. four-eyes (the drafter may not approve) or a source
 * system bound to another client. Roles are checked before the use case runs; this is for rules that need the data.
 */
public final class NotPermittedException extends DomainException {

    public NotPermittedException(String reason, String title, String detail) {
        super(reason, title, detail, List.of());
    }

    /** With the field that made the difference, e.g. {@code onBehalfOf}. */
    public NotPermittedException(String reason, String title, String detail, Violation violation) {
        super(reason, title, detail, List.of(violation));
    }
}
