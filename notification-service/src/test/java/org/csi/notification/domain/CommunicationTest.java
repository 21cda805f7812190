package org.csi.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A FEED message is delivered by being stored; e-mail and webhook messages wait for their delivery. */
class CommunicationTest {

    private static Communication to(Channel channel) {
        Audience audience = new Audience("staff", AudienceKind.STAFF, channel, List.of("a@example.com",
                "b@example.com"), "https://hooks.example.com/csi", "whsec_x", List.of());
        return Communication.to(audience, UUID.randomUUID(), "event-1", "csi.sip.drafted", "Subject", "s", "p", "a");
    }

    @Test
    void aFeedMessageIsDeliveredAtOnce() {
        Communication c = to(Channel.FEED);

        assertEquals(CommunicationStatus.DELIVERED, c.status);
        assertEquals(1, c.attempts);
        assertEquals(c.createdAt, c.deliveredAt);
        assertNull(c.recipients);
        assertTrue(c.ended());
        assertEquals("staff", c.audience);
        assertEquals(AudienceKind.STAFF, c.audienceKind);
        assertEquals("Subject", c.subject);
    }

    @Test
    void eMailAndWebhookMessagesWaitForTheirRecipients() {
        Communication mail = to(Channel.EMAIL);
        Communication webhook = to(Channel.WEBHOOK);

        assertEquals(CommunicationStatus.PENDING, mail.status);
        assertEquals("a@example.com,b@example.com", mail.recipients);
        assertEquals("https://hooks.example.com/csi", webhook.recipients);
        assertFalse(mail.ended());
        assertEquals(0, mail.attempts);
    }

    @Test
    void itFollowsItsDelivery() {
        Communication c = to(Channel.EMAIL);
        c.attemptFailed(1, "delivery failed (mail server)", false);
        assertEquals(CommunicationStatus.PENDING, c.status);
        assertEquals("delivery failed (mail server)", c.lastError);

        c.delivered(2, Instant.parse("2026-01-01T10:00:00Z"));
        assertEquals(CommunicationStatus.DELIVERED, c.status);
        assertEquals(2, c.attempts);
        assertNull(c.lastError);

        Communication failed = to(Channel.WEBHOOK);
        failed.attemptFailed(3, "HTTP 500", true);
        assertEquals(CommunicationStatus.FAILED, failed.status);
        assertTrue(failed.ended());
    }
}
