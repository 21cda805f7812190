package org.csi.events.payload;

import java.time.Instant;
import java.util.UUID;

/** An initiative was closed: no further cycles. */
public record InitiativeClosed(
        UUID initiativeId,
        String title,
        int cycle,
        String reason,
        Instant closedAt,
        String actor,
        String onBehalfOf,
        // value (issue 17): how the initiative ended and what kind of value it was about
        String outcome,
        String outcomeCategory) {

    /** The fields before the outcome was added; outcome and outcomeCategory stay null. */
    public InitiativeClosed(UUID initiativeId, String title, int cycle, String reason, Instant closedAt, String actor,
            String onBehalfOf) {
        this(initiativeId, title, cycle, reason, closedAt, actor, onBehalfOf, null, null);
    }

    /** The fields before the actor was added (for code written against them); the new fields stay null. */
    public InitiativeClosed(UUID initiativeId, String title, int cycle, String reason, Instant closedAt) {
        this(initiativeId, title, cycle, reason, closedAt, null, null, null, null);
    }
}
