package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A receiver's 2xx delivers; 5xx, 408 and 429 are tried again; other answers are final at once. */
class AttemptResultTest {

    @Test
    void twoHundredsDeliver() {
        for (int status : new int[] { 200, 201, 202, 204, 299 }) {
            AttemptResult r = AttemptResult.ofHttpStatus(status);
            assertTrue(r.delivered(), "" + status);
            assertEquals(status, r.statusCode());
            assertNull(r.error());
        }
    }

    @Test
    void serverErrorsTimeoutsAndRateLimitsAreRetried() {
        for (int status : new int[] { 500, 502, 503, 504, 408, 429 }) {
            AttemptResult r = AttemptResult.ofHttpStatus(status);
            assertFalse(r.delivered());
            assertTrue(r.retryable(), "" + status);
            assertTrue(r.receiverFailure(), "counts towards disabling the subscription");
            assertEquals("HTTP " + status, r.error());
        }
    }

    @Test
    void otherAnswersAreFinal() {
        for (int status : new int[] { 100, 301, 302, 400, 401, 403, 404, 410, 422 }) {
            AttemptResult r = AttemptResult.ofHttpStatus(status);
            assertFalse(r.delivered());
            assertFalse(r.retryable(), "" + status);
            assertTrue(r.receiverFailure());
        }
    }

    @Test
    void aRefusalIsFinalAndNotTheReceiversFault() {
        AttemptResult r = AttemptResult.refused(DeliveryErrors.URL_REFUSED);

        assertFalse(r.delivered());
        assertFalse(r.retryable());
        assertFalse(r.receiverFailure());
        assertNull(r.statusCode());
    }
}
