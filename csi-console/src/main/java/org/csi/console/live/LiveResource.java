package org.csi.console.live;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;

/** Server-sent events of the CSI topics, for signed-in people (the session filter runs first). */
@Path("/live/events")
public class LiveResource {

    @Inject
    LiveEvents events;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<LiveEvent> stream(@QueryParam("initiativeId") String initiativeId) {
        return events.stream(initiativeId == null || initiativeId.isBlank() ? null : initiativeId);
    }
}
