package org.csi.initiative.rest;

import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.Checkpoint;
import org.csi.initiative.domain.CheckpointStatus;
import org.csi.initiative.service.CheckpointService;
import org.csi.initiative.service.ReviewCheckpoint;
import org.csi.platform.rest.Created;
import org.csi.platform.rest.Caller;
import org.csi.platform.rest.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/initiatives/{id}/checkpoints")
@Tag(name = "Checkpoints", description = "Did we get there? Checkpoints at agreed times and their reviews.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckpointResource {

    @Inject
    CheckpointService checkpoints;
    @Inject
    Caller caller;

    @POST
    @Idempotent
    @Operation(summary = "Plan a checkpoint", description = "Adds an explicit checkpoint to the current cycle, next to "
            + "the ones the review cadence schedules. The scheduler reviews it at its due time unless it was reviewed "
            + "on demand before. Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Planned; Location names the checkpoint",
            content = @Content(schema = @Schema(implementation = CheckpointResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid (e.g. dueAt in the past)")
    @APIResponse(responseCode = "404", description = "No such initiative")
    @APIResponse(responseCode = "409", description = "The initiative is CLOSED")
    public Response createCheckpoint(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid CheckpointRequest request,
            @Context UriInfo uri) {
        Checkpoint checkpoint = checkpoints.plan(request.command(id, caller.actor()));
        return Created.at(uri, checkpoint.id, CheckpointResponse.of(checkpoint));
    }

    @GET
    @Operation(summary = "List checkpoints", description = "Checkpoints of the initiative by due time; filter by cycle and status.")
    @APIResponse(responseCode = "200", description = "The checkpoints",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CheckpointResponse.class)))
    @APIResponse(responseCode = "404", description = "No such initiative")
    public List<CheckpointResponse> listCheckpoints(@PathParam("id") UUID id,
            @Parameter(description = "Cycle number", example = "1") @QueryParam("cycle") @Min(1) Integer cycle,
            @Parameter(description = "PENDING, REVIEWED or CANCELLED") @QueryParam("status") CheckpointStatus status) {
        return checkpoints.list(id, cycle, status).stream().map(CheckpointResponse::of).toList();
    }

    @GET
    @Path("/{checkpointId}")
    @Operation(summary = "Read a checkpoint", description = "Once reviewed, with one result per objective.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CheckpointResponse.class)))
    @APIResponse(responseCode = "404", description = "No such initiative or checkpoint")
    public CheckpointResponse getCheckpoint(@PathParam("id") UUID id, @PathParam("checkpointId") UUID checkpointId) {
        return CheckpointResponse.of(checkpoints.get(id, checkpointId));
    }

    @POST
    @Path("/{checkpointId}/review")
    @Operation(summary = "Review a checkpoint now", description = "Judges every objective of the checkpoint's cycle "
            + "against the latest measurement of its KPI and service taken since the cycle started: ACHIEVED (at the "
            + "target or within tolerance of it, honouring the direction), MISSED, or NO_DATA. Stores the results with "
            + "what went well and wrong, and publishes csi.checkpoint.reviewed plus one csi.target.achieved or "
            + "csi.target.missed per judged objective (none for NO_DATA). A checkpoint is reviewed once. The reviewer "
            + "recorded (reviewedBy) is the caller; a csi-admin may review onBehalfOf someone.")
    @APIResponse(responseCode = "200", description = "Reviewed",
            content = @Content(schema = @Schema(implementation = CheckpointResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid, or the body names the reviewer (reviewedBy)")
    @APIResponse(responseCode = "403", description = "onBehalfOf sent by a caller without csi-admin")
    @APIResponse(responseCode = "404", description = "No such initiative or checkpoint")
    @APIResponse(responseCode = "409", description = "Already reviewed, or cancelled")
    public CheckpointResponse reviewCheckpoint(@PathParam("id") UUID id, @PathParam("checkpointId") UUID checkpointId,
            @Valid ReviewRequest request) {
        Caller.refuseActorField("reviewedBy", request == null ? null : request.reviewedBy());
        return CheckpointResponse.of(checkpoints.review(new ReviewCheckpoint(id, checkpointId,
                request == null ? null : request.wentWell(), request == null ? null : request.wentWrong(),
                caller.actor(request == null ? null : request.onBehalfOf()))));
    }
}
