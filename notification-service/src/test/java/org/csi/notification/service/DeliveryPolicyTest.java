package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Retries wait backoff-base x 2^(n-1) after the n-th failed attempt, never longer than backoff-max. */
class DeliveryPolicyTest {

    private final DeliveryPolicy defaults = new DeliveryPolicy(8, Duration.ofSeconds(10), Duration.ofHours(1), 20,
            Duration.ofSeconds(5));

    @Test
    void theWaitDoublesFromTheBaseUntilTheCap() {
        assertEquals(Duration.ofSeconds(10), defaults.backoffAfter(1));
        assertEquals(Duration.ofSeconds(20), defaults.backoffAfter(2));
        assertEquals(Duration.ofSeconds(40), defaults.backoffAfter(3));
        assertEquals(Duration.ofSeconds(640), defaults.backoffAfter(7));
        assertEquals(Duration.ofSeconds(2560), defaults.backoffAfter(9));
        assertEquals(Duration.ofHours(1), defaults.backoffAfter(10), "10 x 2^9 s is past the hour");
    }

    @Test
    void theWaitNeverShrinksNorOverflowsHoweverManyAttemptsFailed() {
        Duration previous = Duration.ZERO;
        for (int failed = 0; failed <= 1000; failed++) {
            Duration wait = defaults.backoffAfter(failed);
            assertTrue(wait.compareTo(previous) >= 0, "after " + failed);
            assertTrue(wait.compareTo(Duration.ofHours(1)) <= 0, "after " + failed);
            previous = wait;
        }
        assertEquals(Duration.ofSeconds(10), defaults.backoffAfter(0), "no failure yet: the base");
        assertEquals(Duration.ofSeconds(10), defaults.backoffAfter(-3));
        DeliveryPolicy uncapped = new DeliveryPolicy(8, Duration.ofSeconds(1), Duration.ofDays(365 * 100), 20,
                Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(1L << 20), uncapped.backoffAfter(Integer.MAX_VALUE), "2^20 at most");
    }

    @Test
    void aRetryableFailureWaitsTheBackoffUntilTheLastAttempt() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        assertEquals(now.plusSeconds(10), defaults.retryAt(1, true, now));
        assertEquals(now.plusSeconds(640), defaults.retryAt(7, true, now));
        assertNull(defaults.retryAt(8, true, now), "the 8th attempt was the last");
        assertNull(defaults.retryAt(9, true, now));
    }

    @Test
    void aFailureARetryCannotChangeIsFinalAtOnce() {
        assertNull(defaults.retryAt(1, false, Instant.parse("2026-01-01T10:00:00Z")));
    }

    @Test
    void limitsAreAsConfigured() {
        assertEquals(8, defaults.maxAttempts());
        assertEquals(20, defaults.disableAfter());
    }
}
