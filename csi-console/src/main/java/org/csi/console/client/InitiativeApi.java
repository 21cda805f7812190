package org.csi.console.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.csi.console.client.Views.Checkpoint;
import org.csi.console.client.Views.Cycle;
import org.csi.console.client.Views.Initiative;
import org.csi.console.client.Views.Objective;
import org.csi.console.client.Views.Page;
import org.csi.console.client.Views.Progress;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** initiative-service's public API, as far as the console reads it. Every call carries the person's own token. */
@RegisterRestClient(configKey = "initiative-service")
@RegisterProvider(ProblemResponses.class)
@Path("/api/v1")
public interface InitiativeApi {

    @GET
    @Path("/initiatives")
    Page<Initiative> list(@HeaderParam("Authorization") String auth, @QueryParam("status") String status,
            @QueryParam("focusArea") String focusArea, @QueryParam("owner") String owner,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/initiatives/{id}")
    Initiative get(@HeaderParam("Authorization") String auth, @PathParam("id") String id);

    @GET
    @Path("/initiatives/{id}/objectives")
    List<Objective> objectives(@HeaderParam("Authorization") String auth, @PathParam("id") String id,
            @QueryParam("cycle") Integer cycle);

    @GET
    @Path("/initiatives/{id}/checkpoints")
    List<Checkpoint> checkpoints(@HeaderParam("Authorization") String auth, @PathParam("id") String id,
            @QueryParam("status") String status);

    @GET
    @Path("/initiatives/{id}/cycles")
    List<Cycle> cycles(@HeaderParam("Authorization") String auth, @PathParam("id") String id);

    @GET
    @Path("/initiatives/{id}/progress")
    Progress progress(@HeaderParam("Authorization") String auth, @PathParam("id") String id);
}
