package org.csi.notification.service;

/**
 * What one delivery attempt gave.
 *
 * @param delivered       the recipients got it
 * @param statusCode      the receiver's HTTP status, null when there was none (e-mail, network failure)
 * @param error           a {@link DeliveryErrors} category; null when delivered
 * @param retryable       false for answers a retry cannot change (e.g. 400, 404, or the subscription is disabled)
 * @param receiverFailure the receiver failed (counts towards disabling its subscription)
 */
public record AttemptResult(boolean delivered, Integer statusCode, String error, boolean retryable,
        boolean receiverFailure) {

    static AttemptResult delivered(Integer statusCode) {
        return new AttemptResult(true, statusCode, null, false, false);
    }

    static AttemptResult failed(Integer statusCode, String error, boolean retryable, boolean receiverFailure) {
        return new AttemptResult(false, statusCode, error, retryable, receiverFailure);
    }

    /** Final at once, nothing the receiver did: e.g. the URL is refused or there is no secret. */
    static AttemptResult refused(String error) {
        return failed(null, error, false, false);
    }

    /**
     * The receiver's answer to a webhook call: 2xx is delivered; 5xx, 408 and 429 may pass on a later try; other
     * answers will not change.
     */
    static AttemptResult ofHttpStatus(int status) {
        if (status >= 200 && status < 300) {
            return delivered(status);
        }
        boolean retryable = status >= 500 || status == 408 || status == 429;
        return failed(status, DeliveryErrors.http(status), retryable, true);
    }
}
