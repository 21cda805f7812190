package org.csi.platform.domain;

import java.util.List;

/** The command is understood but the current state does not allow it, e.g. an illegal transition. */
public final class ConflictException extends DomainException {

    public ConflictException(String detail) {
        this("Not allowed in the current state", detail);
    }

    /** With a title that names this conflict, e.g. "Objective already has an open SIP". */
    public ConflictException(String title, String detail) {
        super("conflict", title, detail, List.of());
    }

    /** With the field that names the conflicting state, e.g. {@code objectiveId} of an objective with an open SIP. */
    public ConflictException(String title, String detail, Violation violation) {
        super("conflict", title, detail, List.of(violation));
    }
}
