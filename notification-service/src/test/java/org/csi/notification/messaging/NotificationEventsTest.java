package org.csi.notification.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.events.payload.CommunicationOutcome;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
import org.junit.jupiter.api.Test;

/** A communication's outcome as csi.communication.sent / csi.communication.failed. */
class NotificationEventsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final UUID EVENT = UUID.randomUUID();

    private static Communication mail() {
        return Communication.to(new Audience("desk", AudienceKind.SERVICE_DESK, Channel.EMAIL,
                List.of("desk@example.com"), null, null, List.of()), UUID.randomUUID(), EVENT.toString(),
                "csi.target.missed", "Target missed", "s", "p", "a");
    }

    @Test
    void aDeliveredCommunicationIsSent() {
        Communication c = mail();
        c.delivered(2, Instant.parse("2026-01-01T11:00:00Z"));

        CommunicationOutcome o = NotificationEvents.outcome(c, NOW);

        assertEquals(CsiEventType.COMMUNICATION_SENT, NotificationEvents.typeOf(c));
        assertEquals(new CommunicationOutcome(c.id, c.initiativeId, EVENT, "csi.target.missed", "desk", "EMAIL",
                "Target missed", "DELIVERED", 2, null, Instant.parse("2026-01-01T11:00:00Z")), o);
    }

    @Test
    void aFailedCommunicationCarriesItsAttemptsAndError() {
        Communication c = mail();
        c.attemptFailed(3, "delivery failed (mail server)", true);

        CommunicationOutcome o = NotificationEvents.outcome(c, NOW);

        assertEquals(CsiEventType.COMMUNICATION_FAILED, NotificationEvents.typeOf(c));
        assertEquals("FAILED", o.status());
        assertEquals(3, o.attempts());
        assertEquals("delivery failed (mail server)", o.error());
        assertEquals(NOW, o.at());
        c.lastError = null;
        assertEquals("delivery failed", NotificationEvents.outcome(c, NOW).error());
    }

    @Test
    void aPendingCommunicationHasNoOutcome() {
        assertThrows(IllegalStateException.class, () -> NotificationEvents.typeOf(mail()));
    }

    @Test
    void foreignEventIdsBecomeStableUuids() {
        assertEquals(EVENT, NotificationEvents.asUuid(EVENT.toString()));
        assertEquals(UUID.nameUUIDFromBytes("evt-1".getBytes(StandardCharsets.UTF_8)),
                NotificationEvents.asUuid("evt-1"));
    }
}
