package org.csi.initiative.rest;

import java.util.List;
import java.util.UUID;

import org.csi.initiative.service.LinkItsmRecord;
import org.csi.initiative.service.Linked;
import org.csi.initiative.service.ObjectiveService;
import org.csi.initiative.service.ObjectiveWithSips;
import org.csi.initiative.service.UnlinkItsmRecord;
import org.csi.platform.itsm.ItsmRecordKey;
import org.csi.platform.rest.ItsmReferenceRequest;
import org.csi.platform.rest.References;
import org.csi.platform.rest.Created;
import org.csi.platform.rest.Caller;
import org.csi.platform.rest.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/initiatives/{id}/objectives")
@Tag(name = "Objectives", description = "Where do we want to be? Measurable targets of an initiative's cycles.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectiveResource {

    @Inject
    ObjectiveService objectives;
    @Inject
    Caller caller;

    @POST
    @Idempotent
    @Operation(summary = "Set an objective", description = "Adds a measurable objective to the initiative's current cycle "
            + "and publishes csi.objective.set. The target must improve on the baseline in the objective's direction "
            + "(a LOWER_IS_BETTER target below its baseline, a HIGHER_IS_BETTER one above). Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Set; Location names the objective",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    @APIResponse(responseCode = "404", description = "No such initiative")
    @APIResponse(responseCode = "409", description = "The initiative is CLOSED")
    public Response setObjective(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ObjectiveRequest request,
            @Context UriInfo uri) {
        ObjectiveResponse objective = ObjectiveResponse.of(objectives.set(request.command(id, caller.actor())));
        return Created.at(uri, objective.id(), objective);
    }

    @GET
    @Operation(summary = "List objectives", description = "The objectives of the current cycle, or of the cycle asked for.")
    @APIResponse(responseCode = "200", description = "The objectives, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ObjectiveResponse.class)))
    @APIResponse(responseCode = "404", description = "No such initiative")
    public List<ObjectiveResponse> listObjectives(@PathParam("id") UUID id,
            @Parameter(description = "Cycle number; the current cycle when left out", example = "1")
            @QueryParam("cycle") @Min(1) Integer cycle,
            @Parameter(description = "Only objectives referring to this ITSM record, as system:type:id",
                    example = "servicenow:problem:PRB0040001")
            @QueryParam("ref") @Pattern(regexp = ItsmRecordKey.REF, message = ItsmRecordKey.REF_MESSAGE) String ref) {
        return objectives.list(id, cycle, ref).stream().map(ObjectiveResponse::of).toList();
    }

    @POST
    @Path("/{objectiveId}/references")
    @Operation(summary = "Add an ITSM reference to an objective", description = "The objective refers to a record in "
            + "an ITSM tool from now on. Idempotent on system, type and id: the same record again only refreshes url "
            + "and title (200). At most 50 references; allowed in any status. An objective carried over to the next "
            + "cycle keeps its references.")
    @APIResponse(responseCode = "201", description = "Added; Location names the reference, the body is the objective",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    @APIResponse(responseCode = "200", description = "The objective already referred to the record",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    @APIResponse(responseCode = "404", description = "No such initiative or objective")
    @APIResponse(responseCode = "409", description = "The objective already has 50 references")
    public Response addObjectiveReference(@PathParam("id") UUID id, @PathParam("objectiveId") UUID objectiveId,
            @NotNull(message = "a JSON body is required") @Valid ItsmReferenceRequest request,
            @Context UriInfo uri) {
        Linked<ObjectiveWithSips> linked = objectives.link(new LinkItsmRecord(id, objectiveId, request.given(),
                caller.actor()));
        return References.answer(linked.added(), uri, request.given().key(), ObjectiveResponse.of(linked.owner()),
                null);
    }

    @DELETE
    @Path("/{objectiveId}/references/{ref}")
    @Operation(summary = "Remove an ITSM reference from an objective", description = "The objective no longer refers "
            + "to the record.")
    @APIResponse(responseCode = "200", description = "Removed; the body is the objective",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "ref is not system:type:id")
    @APIResponse(responseCode = "404", description = "No such initiative or objective, or it does not refer to the record")
    public ObjectiveResponse removeObjectiveReference(@PathParam("id") UUID id,
            @PathParam("objectiveId") UUID objectiveId,
            @Parameter(description = "The record, as system:type:id", example = "servicenow:problem:PRB0040001")
            @PathParam("ref") @Pattern(regexp = ItsmRecordKey.REF, message = ItsmRecordKey.REF_MESSAGE) String ref) {
        return ObjectiveResponse.of(objectives.unlink(new UnlinkItsmRecord(id, objectiveId,
                ItsmRecordKey.parse("ref", ref), caller.actor())));
    }

    @GET
    @Path("/{objectiveId}")
    @Operation(summary = "Read an objective", description = "With its latest review result and the SIPs drafted for it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    @APIResponse(responseCode = "404", description = "No such initiative or objective")
    public ObjectiveResponse getObjective(@PathParam("id") UUID id, @PathParam("objectiveId") UUID objectiveId) {
        return ObjectiveResponse.of(objectives.get(id, objectiveId));
    }
}
