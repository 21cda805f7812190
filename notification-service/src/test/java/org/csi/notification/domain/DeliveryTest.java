package org.csi.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The two kinds of delivery, each from its factory, and what an attempt does to one. */
class DeliveryTest {

    private static Communication communication(Channel channel) {
        Audience audience = new Audience("desk", AudienceKind.SERVICE_DESK, channel,
                List.of("a@example.com", "b@example.com"), "https://hooks.example.com/csi", "whsec_x", List.of());
        return Communication.to(audience, UUID.randomUUID(), "event-1", "csi.target.missed", "Subject", "s", "p",
                "a");
    }

    @Test
    void aCommunicationsDeliveryGoesToItsRecipientsWithItsSubject() {
        Communication c = communication(Channel.EMAIL);

        Delivery d = Delivery.of(c, "the text");

        assertEquals(c.id, d.communicationId);
        assertNull(d.subscriptionId);
        assertFalse(d.toSubscriber());
        assertEquals(Channel.EMAIL, d.channel);
        assertEquals("a@example.com,b@example.com", d.target);
        assertEquals("Subject", d.subject);
        assertEquals("the text", d.body);
        assertEquals("event-1", d.eventId);
        assertEquals("csi.target.missed", d.eventType);
        assertEquals(DeliveryStatus.PENDING, d.status);
        assertEquals(0, d.attempts);
        assertEquals(c.createdAt, d.nextAttemptAt, "due at once");
        assertEquals(c.createdAt, d.createdAt);
        assertEquals("https://hooks.example.com/csi", Delivery.of(communication(Channel.WEBHOOK), "{}").target);
    }

    @Test
    void aFeedCommunicationHasNoDelivery() {
        assertThrows(IllegalArgumentException.class, () -> Delivery.of(communication(Channel.FEED), "x"));
    }

    @Test
    void aSubscribersDeliveryCarriesTheCloudEventToItsUrl() {
        WebhookSubscription s = WebhookSubscription.create("https://integration.example.com/csi", null, "whsec_x",
                null);

        Delivery d = Delivery.toSubscriber(s, "event-2", "csi.sip.drafted", "{\"id\":\"event-2\"}");

        assertEquals(s.id, d.subscriptionId);
        assertNull(d.communicationId);
        assertTrue(d.toSubscriber());
        assertEquals(Channel.WEBHOOK, d.channel);
        assertEquals(s.url, d.target);
        assertNull(d.subject);
        assertEquals("{\"id\":\"event-2\"}", d.body);
        assertEquals(DeliveryStatus.PENDING, d.status);
        assertEquals(d.createdAt, d.nextAttemptAt);
    }

    @Test
    void aFailedAttemptWaitsForItsRetryOrEndsTheDelivery() {
        Delivery d = Delivery.of(communication(Channel.WEBHOOK), "{}");
        Instant at = Instant.parse("2026-01-01T10:00:00Z");

        d.attemptFailed(503, "HTTP 503", at, at.plusSeconds(10));
        assertEquals(DeliveryStatus.PENDING, d.status);
        assertEquals(1, d.attempts);
        assertEquals(503, d.lastStatusCode);
        assertEquals("HTTP 503", d.lastError);
        assertEquals(at, d.lastAttemptAt);
        assertEquals(at.plusSeconds(10), d.nextAttemptAt);

        d.attemptFailed(null, "x".repeat(5000), at.plusSeconds(10), null);
        assertEquals(DeliveryStatus.FAILED, d.status);
        assertEquals(2, d.attempts);
        assertNull(d.lastStatusCode);
        assertEquals(2000, d.lastError.length(), "the error is bounded");
    }

    @Test
    void aDeliveredAttemptClearsTheLastError() {
        Delivery d = Delivery.of(communication(Channel.WEBHOOK), "{}");
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        d.attemptFailed(500, "HTTP 500", at, at.plusSeconds(10));

        d.delivered(204, at.plusSeconds(10));

        assertEquals(DeliveryStatus.DELIVERED, d.status);
        assertEquals(2, d.attempts);
        assertEquals(204, d.lastStatusCode);
        assertNull(d.lastError);
        assertEquals(at.plusSeconds(10), d.deliveredAt);
    }
}
