package org.csi.initiative.rest;

import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.Initiative;
import org.csi.initiative.service.CycleService;
import org.csi.initiative.service.InitiativeScoring;
import org.csi.initiative.service.ProgressService;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/initiatives/{id}")
@Tag(name = "Cycles and progress", description = "Which objectives have been achieved? How do we keep the momentum going?")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CycleResource {

    @Inject
    CycleService cycles;
    @Inject
    ProgressService progress;
    @Inject
    Caller caller;
    @Inject
    InitiativeScoring scoring;

    @POST
    @Idempotent
    @Path("/cycles")
    @Operation(summary = "Start the next cycle", description = "Ends the current cycle and opens the next with an "
            + "optionally re-examined vision. Objectives not achieved are carried over; achieved ones continue only "
            + "with a raised target. Pending checkpoints of the ended cycle are cancelled. Publishes csi.cycle.started, "
            + "csi.objective.set for every carried-over objective and csi.initiative.updated. If-Match is optional; "
            + "Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Started; the body is the initiative in its new cycle",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (e.g. a raised target for an objective not achieved)")
    @APIResponse(responseCode = "404", description = "No such initiative")
    @APIResponse(responseCode = "409", description = "The initiative is CLOSED")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response startNextCycle(@PathParam("id") UUID id,
            @Parameter(description = "Optional ETag of the version read") @HeaderParam("If-Match") String ifMatch,
            @Valid NextCycleRequest request, @Context UriInfo uri) {
        Initiative initiative = cycles.startNext(NextCycleRequest.command(request, id,
                InitiativeResource.optional(ifMatch), caller.actor()));
        return Created.at(uri, initiative.cycle, InitiativeResponse.of(initiative, scoring.of(initiative)), initiative.version);
    }

    @GET
    @Path("/cycles")
    @Operation(summary = "List cycles", description = "Every cycle of the initiative with the vision it pursued, oldest first.")
    @APIResponse(responseCode = "200", description = "The cycles",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CycleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such initiative")
    public List<CycleResponse> listCycles(@PathParam("id") UUID id) {
        return cycles.history(id).stream().map(CycleResponse::of).toList();
    }

    @GET
    @Path("/progress")
    @Operation(summary = "Progress of a cycle", description = "Per objective the baseline, the latest measured value, the "
            + "target, the status of its latest review and its checkpoint history: which objectives have been achieved, "
            + "which haven't. The current cycle unless another is asked for.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgressResponse.class)))
    @APIResponse(responseCode = "400", description = "No such cycle")
    @APIResponse(responseCode = "404", description = "No such initiative")
    public ProgressResponse getProgress(@PathParam("id") UUID id,
            @Parameter(description = "Cycle number; the current cycle when left out", example = "1")
            @QueryParam("cycle") @Min(1) Integer cycle) {
        return ProgressResponse.of(progress.progress(id, cycle));
    }
}
