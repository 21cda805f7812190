package org.csi.notification.service;

/**
 * The only words a delivery log (and a {@code csi.communication.failed} event) says about a failed attempt: a fixed
 * category, never an exception text. Which address was refused or unreachable, a connect error or a TLS alert would
 * turn the delivery log, readable by every role, into a port scanner; that detail goes to the server log only.
 */
public final class DeliveryErrors {

    public static final String NETWORK = "delivery failed (network)";
    public static final String TIMED_OUT = "delivery failed (timed out)";
    public static final String URL_REFUSED = "delivery refused (webhook URL not allowed)";
    public static final String SUBSCRIPTION_DISABLED = "subscription is disabled";
    public static final String NO_SECRET = "no signing secret";
    public static final String MAIL = "delivery failed (mail server)";
    public static final String INTERNAL = "delivery failed (internal error)";
    public static final String LEFT_AUDIENCE = "not sent (recipient left the audience)";

    private DeliveryErrors() {
    }

    /** {@code HTTP 503}: the receiver's answer, for those who may see status codes. */
    public static String http(int status) {
        return "HTTP " + status;
    }

    /** {@code HTTP 5xx}: the class of the receiver's answer, for everyone else. */
    public static String httpClass(int status) {
        return "HTTP " + (status / 100) + "xx";
    }

    /** The error as a role that may not see status codes reads it: {@code HTTP 503} becomes {@code HTTP 5xx}. */
    public static String forViewers(String error) {
        if (error != null && error.matches("HTTP \\d{3}")) {
            return httpClass(Integer.parseInt(error.substring(5)));
        }
        return error;
    }
}
