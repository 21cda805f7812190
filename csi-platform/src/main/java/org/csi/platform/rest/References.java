package org.csi.platform.rest;

import org.csi.platform.itsm.ItsmRecordKey;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to adding an ITSM reference: 201 with Location .../references/system:type:id when it is new, else 200. */
public final class References {

    private References() {
    }

    /** {@code version} null: the owner is not versioned, no ETag. */
    public static Response answer(boolean added, UriInfo uri, ItsmRecordKey record, Object body, Long version) {
        Response.ResponseBuilder answer = added
                ? Response.created(uri.getAbsolutePathBuilder().path(record.toString()).build()).entity(body)
                : Response.ok(body);
        if (version != null) {
            answer.tag(EntityTags.of(version));
        }
        return answer.build();
    }
}
