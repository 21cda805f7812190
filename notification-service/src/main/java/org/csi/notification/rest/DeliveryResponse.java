package org.csi.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.csi.notification.domain.Delivery;
import org.csi.notification.domain.DeliveryStatus;
import org.csi.notification.service.DeliveryErrors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Delivery", description = "One event delivered (or being delivered) to a webhook subscription.")
public record DeliveryResponse(
        @Schema(description = "Delivery id; the webhook-id header is msg_<id>") UUID id,
        @Schema(description = "ce_id of the event") String eventId,
        @Schema(example = "csi.target.missed") String eventType,
        @Schema(example = "DELIVERED") DeliveryStatus status,
        @Schema(description = "Attempts made") int attempts,
        @Schema(description = "HTTP status of the last attempt (shown to csi-admin and csi-manager only)",
                example = "500") Integer lastStatusCode,
        @Schema(description = "What went wrong in the last attempt, as a category: 'HTTP 500' (other roles read "
                + "'HTTP 5xx'), 'delivery failed (network)', 'delivery failed (timed out)', 'delivery refused "
                + "(webhook URL not allowed)', 'subscription is disabled'. Network detail stays in the server log.",
                example = "HTTP 500") String lastError,
        @Schema(description = "When the next attempt is due (PENDING)") Instant nextAttemptAt,
        @Schema(description = "Created") Instant createdAt,
        @Schema(description = "Last attempt") Instant lastAttemptAt,
        @Schema(description = "Delivered") Instant deliveredAt) {

    /** @param statusCodes whether the reader may see exact HTTP status codes (csi-admin, csi-manager) */
    static DeliveryResponse of(Delivery d, boolean statusCodes) {
        return new DeliveryResponse(d.id, d.eventId, d.eventType, d.status, d.attempts,
                statusCodes ? d.lastStatusCode : null,
                statusCodes ? d.lastError : DeliveryErrors.forViewers(d.lastError),
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.createdAt, d.lastAttemptAt,
                d.deliveredAt);
    }
}
