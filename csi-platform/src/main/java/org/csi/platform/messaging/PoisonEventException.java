package org.csi.platform.messaging;

/**
 * An event that can never be processed, however often it is retried (not a CloudEvent, a payload that fails its
 * schema, an unknown version, facts missing for the effect). It goes straight to the dead-letter topic; its message
 * becomes the {@code dead-letter-reason} header.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
