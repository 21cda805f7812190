package org.csi.platform.domain;

import java.util.List;

/** The caller's {@link ExpectedVersion} does not hold: it named another version, or none when one is required. */
public final class StaleVersionException extends DomainException {

    private final boolean versionMissing;

    private StaleVersionException(String reason, String title, String detail, boolean versionMissing) {
        super(reason, title, detail, List.of());
        this.versionMissing = versionMissing;
    }

    static StaleVersionException missing(long current) {
        return new StaleVersionException("precondition-required", "If-Match is required",
                "Send If-Match with the ETag of the version you read (\"" + current + "\")", true);
    }

    static StaleVersionException mismatch(String expected, long current) {
        return new StaleVersionException("precondition-failed", "The resource has changed", "If-Match " + expected
                + " does not match the current version \"" + current + "\"; read the resource again and retry", false);
    }

    /** True when no version was named at all (428 over HTTP), false when another one was (412). */
    public boolean versionMissing() {
        return versionMissing;
    }
}
