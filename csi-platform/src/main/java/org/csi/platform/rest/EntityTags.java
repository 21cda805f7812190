package org.csi.platform.rest;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic locking over HTTP: the entity's version is its ETag; an update must name it in If-Match. */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an If-Match header against the current version: 428 when it is missing, 412 when it names another
     * version. {@code *} matches any version.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired("Send If-Match with the ETag of the version you read ("
                    + of(currentVersion) + ")");
        }
        String expected = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.replaceFirst("^W/", "").replace("\"", "").equals(expected)) {
                return;
            }
        }
        throw ApiException.preconditionFailed("If-Match " + ifMatch + " does not match the current version \""
                + expected + "\"; read the resource again and retry");
    }
}
