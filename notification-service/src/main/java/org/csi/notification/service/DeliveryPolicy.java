package org.csi.notification.service;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Singleton;

/**
 * Retry rules of outgoing deliveries: attempt n (1-based) failed -> the next one waits {@code backoff-base * 2^(n-1)},
 * at most {@code backoff-max}; after {@code max-attempts} the delivery is FAILED. A webhook subscription whose calls
 * failed {@code disable-after} times in a row is disabled.
 */
@Singleton
public class DeliveryPolicy {

    final int maxAttempts;
    final Duration backoffBase;
    final Duration backoffMax;
    final int disableAfter;
    final Duration timeout;

    DeliveryPolicy(@ConfigProperty(name = "csi.notification.delivery.max-attempts", defaultValue = "8") int maxAttempts,
            @ConfigProperty(name = "csi.notification.delivery.backoff-base", defaultValue = "PT10S") Duration backoffBase,
            @ConfigProperty(name = "csi.notification.delivery.backoff-max", defaultValue = "PT1H") Duration backoffMax,
            @ConfigProperty(name = "csi.notification.subscription.disable-after-failures", defaultValue = "20")
            int disableAfter,
            @ConfigProperty(name = "csi.notification.delivery.timeout", defaultValue = "PT5S") Duration timeout) {
        this.maxAttempts = maxAttempts;
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
        this.disableAfter = disableAfter;
        this.timeout = timeout;
    }

    /**
     * When to try again after a failed attempt.
     *
     * @param attemptsMade attempts made so far, the failed one included
     * @param retryable    false for answers a retry cannot change (e.g. 400, 404, the subscription is disabled)
     * @return the time of the next attempt, or null when the failure is final
     */
    Instant retryAt(int attemptsMade, boolean retryable, Instant now) {
        if (!retryable || attemptsMade >= maxAttempts) {
            return null;
        }
        return now.plus(backoffAfter(attemptsMade));
    }

    Duration backoffAfter(int failedAttempts) {
        long factor = 1L << Math.min(20, Math.max(0, failedAttempts - 1));
        Duration wait = backoffBase.multipliedBy(factor);
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public int disableAfter() {
        return disableAfter;
    }
}
