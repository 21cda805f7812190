package org.csi.platform.rest;

import org.csi.platform.domain.ExpectedVersion;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic locking over HTTP: the entity's version is its ETag; an update names it in If-Match. */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks an If-Match header against the current version; see {@link ExpectedVersion#verify(long)}. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        ExpectedVersion.ifMatch(ifMatch).verify(currentVersion);
    }
}
