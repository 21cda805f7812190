package org.csi.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answer to a POST that created something: 201 with Location naming the new resource below the request's path
 * ({@link RelativeLocation} makes it a path), the body, and the ETag when the new resource is versioned.
 */
public final class Created {

    private Created() {
    }

    /** 201, Location {@code <request path>/<id>}, the body. */
    public static Response at(UriInfo uri, Object id, Object body) {
        return builder(uri, id, body).build();
    }

    /** 201, Location {@code <request path>/<id>}, the body, and the version as its ETag. */
    public static Response at(UriInfo uri, Object id, Object body, long version) {
        return builder(uri, id, body).tag(EntityTags.of(version)).build();
    }

    private static Response.ResponseBuilder builder(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(body);
    }
}
