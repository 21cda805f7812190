package org.csi.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A subscription is disabled after a number of failed calls in a row; a success or enabling starts the count over. */
class WebhookSubscriptionTest {

    private static final Instant AT = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void aNewSubscriptionIsEnabledAndWantsWhatItNamed() {
        WebhookSubscription all = WebhookSubscription.create("https://x.example.com", null, "whsec_x", "d");
        WebhookSubscription some = WebhookSubscription.create("https://x.example.com", List.of("csi.sip.drafted"),
                "whsec_x", null);

        assertTrue(all.enabled);
        assertEquals(0, all.consecutiveFailures);
        assertTrue(all.wants("csi.target.missed"));
        assertTrue(some.wants("csi.sip.drafted"));
        assertFalse(some.wants("csi.target.missed"));
    }

    @Test
    void theLimitOfFailuresInARowDisablesIt() {
        WebhookSubscription s = WebhookSubscription.create("https://x.example.com", List.of(), "whsec_x", null);

        assertFalse(s.callFailed(3, AT));
        assertFalse(s.callFailed(3, AT));
        s.callSucceeded();
        assertEquals(0, s.consecutiveFailures, "a success starts the count over");
        assertFalse(s.callFailed(3, AT));
        assertFalse(s.callFailed(3, AT));
        assertTrue(s.callFailed(3, AT), "the third in a row disables it");
        assertFalse(s.enabled);
        assertEquals(AT, s.disabledAt);
        assertFalse(s.callFailed(3, AT.plusSeconds(1)), "disabled once, not again");
        assertEquals(3, s.consecutiveFailures);
        assertEquals(AT, s.disabledAt);

        s.enable();
        assertTrue(s.enabled);
        assertEquals(0, s.consecutiveFailures);
        assertNull(s.disabledAt);
    }
}
