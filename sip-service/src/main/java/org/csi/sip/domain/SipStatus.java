package org.csi.sip.domain;

import java.util.Set;

/**
 * The life of a SIP: DRAFT -> SUBMITTED -> APPROVED -> IN_PROGRESS -> COMPLETED, and CANCELLED from any open state.
 * Every other move is refused.
 */
public enum SipStatus {
    DRAFT, SUBMITTED, APPROVED, IN_PROGRESS, COMPLETED, CANCELLED;

    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }

    public boolean canMoveTo(SipStatus next) {
        if (next == CANCELLED) {
            return isOpen();
        }
        return allowedNext().contains(next);
    }

    private Set<SipStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(APPROVED);
            case APPROVED -> Set.of(IN_PROGRESS);
            case IN_PROGRESS -> Set.of(COMPLETED);
            case COMPLETED, CANCELLED -> Set.of();
        };
    }

    /** The statuses that count as open, for queries. */
    public static Set<SipStatus> open() {
        return Set.of(DRAFT, SUBMITTED, APPROVED, IN_PROGRESS);
    }
}
