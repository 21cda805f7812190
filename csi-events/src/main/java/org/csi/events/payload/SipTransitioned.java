package org.csi.events.payload;

import java.time.Instant;
import java.util.UUID;

/** A SIP changed state: payload of csi.sip.approved, csi.sip.completed and csi.sip.cancelled. */
public record SipTransitioned(
        UUID sipId,
        String title,
        UUID initiativeId,
        UUID objectiveId,
        String service,
        String kpiKey,
        String priority,
        String owner,
        String previousStatus,
        String status,
        String by,
        Instant at,
        String note,
        String onBehalfOf) {

    /** The fields before the actor was added (for code written against them); the new fields stay null. */
    public SipTransitioned(UUID sipId, String title, UUID initiativeId, UUID objectiveId, String service,
            String kpiKey, String priority, String owner, String previousStatus, String status, String by, Instant at,
            String note) {
        this(sipId, title, initiativeId, objectiveId, service, kpiKey, priority, owner, previousStatus, status, by,
                at, note, null);
    }
}
