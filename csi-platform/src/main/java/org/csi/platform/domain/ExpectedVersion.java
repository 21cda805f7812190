package org.csi.platform.domain;

/**
 * Optimistic locking as part of a command: the version of a thing the caller read and means to change. Over HTTP it
 * comes from If-Match ({@code "3"}, {@code W/"3"}, a list of them, or {@code *} for any version); the entity's version
 * is its ETag. The service checks it against the stored version with {@link #verify(long)}.
 *
 * @param tags the If-Match value as sent; null or blank when the caller named no version
 */
public record ExpectedVersion(String tags) {

    /** From an If-Match header (which may be absent). */
    public static ExpectedVersion ifMatch(String header) {
        return new ExpectedVersion(header);
    }

    /** Matches any version: for callers inside the suite that change the current state whatever it is. */
    public static ExpectedVersion any() {
        return new ExpectedVersion("*");
    }

    /** Throws {@link StaleVersionException} unless this names {@code current}. */
    public void verify(long current) {
        if (tags == null || tags.isBlank()) {
            throw StaleVersionException.missing(current);
        }
        String expected = Long.toString(current);
        for (String candidate : tags.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.replaceFirst("^W/", "").replace("\"", "").equals(expected)) {
                return;
            }
        }
        throw StaleVersionException.mismatch(tags, current);
    }
}
