package org.csi.console.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.csi.console.client.Views.Checkpoint;
import org.csi.console.client.Views.Cycle;
import org.csi.console.client.Views.Idea;
import org.csi.console.client.Views.Initiative;
import org.csi.console.client.Views.InitiativeValue;
import org.csi.console.client.Views.Objective;
import org.csi.console.client.Views.Page;
import org.csi.console.client.Views.Progress;
import org.csi.console.client.Views.RegisterValue;
import org.jboss.resteasy.reactive.RestResponse;
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
            @QueryParam("ref") String ref, @QueryParam("sort") String sort,
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

    // value (issue 17)

    @GET
    @Path("/initiatives/value")
    RegisterValue registerValue(@HeaderParam("Authorization") String auth, @QueryParam("status") String status);

    @GET
    @Path("/initiatives/{id}/value")
    InitiativeValue value(@HeaderParam("Authorization") String auth, @PathParam("id") String id);

    // ideas (issue 17): every role submits and votes; managers promote, attach and reject

    @GET
    @Path("/ideas")
    Page<Idea> ideas(@HeaderParam("Authorization") String auth, @QueryParam("status") String status,
            @QueryParam("sort") String sort, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/ideas")
    @Consumes(MediaType.APPLICATION_JSON)
    Idea submitIdea(@HeaderParam("Authorization") String auth, Map<String, Object> body);

    /** 201: the vote counted; 200: the person had voted before, nothing changed. */
    @POST
    @Path("/ideas/{id}/votes")
    RestResponse<Idea> vote(@HeaderParam("Authorization") String auth, @PathParam("id") String id);

    @POST
    @Path("/ideas/{id}/promote")
    @Consumes(MediaType.APPLICATION_JSON)
    Initiative promoteIdea(@HeaderParam("Authorization") String auth, @PathParam("id") String id,
            Map<String, Object> body);

    @POST
    @Path("/ideas/{id}/attach")
    @Consumes(MediaType.APPLICATION_JSON)
    Idea attachIdea(@HeaderParam("Authorization") String auth, @PathParam("id") String id, Map<String, Object> body);

    @POST
    @Path("/ideas/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    Idea rejectIdea(@HeaderParam("Authorization") String auth, @PathParam("id") String id, Map<String, Object> body);
}
