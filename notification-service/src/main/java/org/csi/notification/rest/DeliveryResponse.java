package org.csi.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.csi.notification.domain.Delivery;
import org.csi.notification.domain.DeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Delivery", description = "One event delivered (or being delivered) to a webhook subscription.")
public record DeliveryResponse(
        @Schema(description = "Delivery id; the webhook-id header is msg_<id>") UUID id,
        @Schema(description = "ce_id of the event") String eventId,
        @Schema(example = "csi.target.missed") String eventType,
        @Schema(example = "DELIVERED") DeliveryStatus status,
        @Schema(description = "Attempts made") int attempts,
        @Schema(description = "HTTP status of the last attempt", example = "500") Integer lastStatusCode,
        @Schema(description = "Error of the last attempt", example = "HTTP 500") String lastError,
        @Schema(description = "When the next attempt is due (PENDING)") Instant nextAttemptAt,
        @Schema(description = "Created") Instant createdAt,
        @Schema(description = "Last attempt") Instant lastAttemptAt,
        @Schema(description = "Delivered") Instant deliveredAt) {

    static DeliveryResponse of(Delivery d) {
        return new DeliveryResponse(d.id, d.eventId, d.eventType, d.status, d.attempts, d.lastStatusCode, d.lastError,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.createdAt, d.lastAttemptAt,
                d.deliveredAt);
    }
}
