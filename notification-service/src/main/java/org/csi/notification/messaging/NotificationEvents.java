package org.csi.notification.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.events.payload.CommunicationOutcome;
import org.csi.notification.domain.Communication;
import org.csi.notification.domain.CommunicationStatus;
import org.csi.platform.outbox.Outbox;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The events notification-service publishes, mapped in this one place: a communication that reached its final status
 * becomes {@code csi.communication.sent} or {@code csi.communication.failed} ({@link CommunicationOutcome}), written to
 * the outbox in the caller's transaction. Webhook subscription deliveries are no communications and publish nothing.
 */
@ApplicationScoped
public class NotificationEvents {

    private final Outbox outbox;

    NotificationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Publishes the outcome of a communication that is DELIVERED or FAILED. */
    public void communicationEnded(Communication c) {
        outbox.emit(typeOf(c), c.id, c.initiativeId == null ? c.id : c.initiativeId, outcome(c, Instant.now()));
    }

    static CsiEventType typeOf(Communication c) {
        return switch (c.status) {
            case DELIVERED -> CsiEventType.COMMUNICATION_SENT;
            case FAILED -> CsiEventType.COMMUNICATION_FAILED;
            case PENDING -> throw new IllegalStateException("communication " + c.id + " has no outcome yet");
        };
    }

    /** @param now when the failure became final (a sent communication carries its delivery time) */
    static CommunicationOutcome outcome(Communication c, Instant now) {
        boolean sent = c.status == CommunicationStatus.DELIVERED;
        String error = sent ? null : (c.lastError == null ? "delivery failed" : c.lastError);
        Instant at = sent ? c.deliveredAt : now;
        return new CommunicationOutcome(c.id, c.initiativeId, asUuid(c.sourceEventId), c.sourceEventType, c.audience,
                c.channel.name(), c.subject, c.status.name(), c.attempts, error, at);
    }

    /** ce_ids of CSI services are UUIDs; another producer's id is mapped to a stable name-based UUID. */
    static UUID asUuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
        }
    }
}
