package org.csi.console.client;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.csi.console.client.Views.Page;
import org.csi.console.client.Views.Sip;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** sip-service's public API, as far as the console reads and drives it. */
@RegisterRestClient(configKey = "sip-service")
@RegisterProvider(ProblemResponses.class)
@Path("/api/v1/sips")
public interface SipApi {

    @GET
    Page<Sip> list(@HeaderParam("Authorization") String auth, @QueryParam("initiativeId") String initiativeId,
            @QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    Sip get(@HeaderParam("Authorization") String auth, @PathParam("id") String id);

    /**
     * One lifecycle step (submit, approve, start, complete, cancel) with its body ({@code note}, {@code resultNote} or
     * {@code reason}). If-Match carries the version the person saw, so a change made meanwhile is refused, not lost.
     */
    @POST
    @Path("/{id}/{transition}")
    @Consumes(MediaType.APPLICATION_JSON)
    Sip transition(@HeaderParam("Authorization") String auth, @HeaderParam("If-Match") String ifMatch,
            @PathParam("id") String id, @PathParam("transition") String transition, Map<String, String> body);
}
