package org.csi.events.payload;

import java.time.Instant;
import java.util.UUID;

/** A stakeholder communication was delivered or finally failed: payload of csi.communication.sent / .failed. */
public record CommunicationOutcome(
        UUID communicationId,
        UUID initiativeId,
        UUID sourceEventId,
        String sourceEventType,
        String audience,
        String channel,
        String subject,
        String status,
        int attempts,
        String error,
        Instant at) {
}
