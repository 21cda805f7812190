package org.csi.initiative.rest;

import java.util.UUID;

import org.csi.initiative.domain.FocusArea;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.InitiativeStatus;
import org.csi.initiative.service.CloseInitiative;
import org.csi.initiative.service.CreateInitiative;
import org.csi.initiative.service.InitiativeScoring;
import org.csi.initiative.service.InitiativeService;
import org.csi.initiative.service.LinkItsmRecord;
import org.csi.initiative.service.Linked;
import org.csi.initiative.service.UnlinkItsmRecord;
import org.csi.platform.itsm.ItsmRecordKey;
import org.csi.platform.rest.ItsmReferenceRequest;
import org.csi.platform.rest.References;
import org.csi.initiative.service.UpdateInitiative;
import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.rest.Created;
import org.csi.platform.rest.Caller;
import org.csi.platform.rest.HistoryResponse;
import org.csi.platform.rest.EntityTags;
import org.csi.platform.rest.Idempotent;
import org.csi.platform.rest.LongPageQuery;
import org.csi.platform.rest.PageQuery;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.rest.PageResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "What is the vision? Improvement initiatives, their focus, scope and people.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    @Inject
    InitiativeService initiatives;
    @Inject
    Caller caller;
    @Inject
    InitiativeScoring scoring;

    /** An optional If-Match: when it is left out, any version will do. */
    static ExpectedVersion optional(String ifMatch) {
        return ifMatch == null ? ExpectedVersion.any() : ExpectedVersion.ifMatch(ifMatch);
    }

    @POST
    @Idempotent
    @Operation(summary = "Create an initiative", description = "Stores the initiative in cycle 1, status ACTIVE, and "
            + "publishes csi.initiative.created. Send an Idempotency-Key to retry safely: a retry with the same key "
            + "and body returns the first answer without creating a second initiative.")
    @APIResponse(responseCode = "201", description = "Created; Location names the initiative, ETag its version",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    @APIResponse(responseCode = "413", description = "The body is too large")
    public Response createInitiative(@NotNull(message = "a JSON body is required") @Valid InitiativeRequest request,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        Initiative initiative = initiatives.create(new CreateInitiative(request.definition(), caller.actor(),
                request.expectedBenefits()));
        return Created.at(uri, initiative.id, InitiativeResponse.of(initiative, scoring.of(initiative)), initiative.version);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an initiative", description = "The ETag header carries the version to send in If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such initiative")
    public Response getInitiative(@PathParam("id") UUID id) {
        Initiative initiative = initiatives.get(id);
        return Response.ok(InitiativeResponse.of(initiative, scoring.of(initiative))).tag(EntityTags.of(initiative.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update an initiative", description = "Replaces title, vision, focus areas, approach, lifecycle "
            + "phase, scope, owner, stakeholders and review cadence (cycle and status change only through their own "
            + "operations). If-Match must carry the ETag read before; publishes csi.initiative.updated. A changed cadence "
            + "re-plans the next scheduled checkpoint.")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    @APIResponse(responseCode = "404", description = "No such initiative")
    @APIResponse(responseCode = "409", description = "The initiative is CLOSED")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response updateInitiative(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid InitiativeRequest request) {
        Initiative initiative = initiatives.update(new UpdateInitiative(id, ExpectedVersion.ifMatch(ifMatch),
                request.definition(), caller.actor(), request.expectedBenefits()));
        return Response.ok(InitiativeResponse.of(initiative, scoring.of(initiative))).tag(EntityTags.of(initiative.version)).build();
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close an initiative", description = "Ends the current cycle, cancels pending checkpoints and "
            + "publishes csi.initiative.closed with the outcome and its category when given; afterwards the initiative "
            + "takes no objectives, checkpoints or cycles. "
            + "If-Match is optional; when sent it must match.")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such initiative")
    @APIResponse(responseCode = "409", description = "Already CLOSED")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response closeInitiative(@PathParam("id") UUID id,
            @Parameter(description = "Optional ETag of the version read") @HeaderParam("If-Match") String ifMatch,
            @Valid CloseRequest request) {
        Initiative initiative = initiatives.close(new CloseInitiative(id, optional(ifMatch),
                request == null ? null : request.reason(), caller.actor(),
                request == null ? null : request.outcome(), request == null ? null : request.outcomeCategory()));
        return Response.ok(InitiativeResponse.of(initiative, scoring.of(initiative))).tag(EntityTags.of(initiative.version)).build();
    }

    @POST
    @Path("/{id}/references")
    @Operation(summary = "Add an ITSM reference to an initiative", description = "The initiative refers to a record "
            + "in an ITSM tool from now on (ITSM tools link back with it). Idempotent on system, type and id: the same "
            + "record again only refreshes url and title (200). A new or changed reference raises the version and "
            + "publishes csi.initiative.updated. At most 50 references; allowed in any status.")
    @APIResponse(responseCode = "201", description = "Added; Location names the reference, the body is the initiative",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    @APIResponse(responseCode = "200", description = "The initiative already referred to the record",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    @APIResponse(responseCode = "404", description = "No such initiative")
    @APIResponse(responseCode = "409", description = "The initiative already has 50 references")
    public Response addInitiativeReference(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ItsmReferenceRequest request,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        Linked<Initiative> linked = initiatives.link(new LinkItsmRecord(id, null, request.given(), caller.actor()));
        return References.answer(linked.added(), uri, request.given().key(),
                InitiativeResponse.of(linked.owner(), scoring.of(linked.owner())), linked.owner().version);
    }

    @DELETE
    @Path("/{id}/references/{ref}")
    @Operation(summary = "Remove an ITSM reference from an initiative", description = "The initiative no longer refers "
            + "to the record; publishes csi.initiative.updated.")
    @APIResponse(responseCode = "200", description = "Removed; the body is the initiative",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    @APIResponse(responseCode = "400", description = "ref is not system:type:id")
    @APIResponse(responseCode = "404", description = "No such initiative, or it does not refer to the record")
    public Response removeInitiativeReference(@PathParam("id") UUID id,
            @Parameter(description = "The record, as system:type:id", example = "servicenow:problem:PRB0040001")
            @PathParam("ref") @Pattern(regexp = ItsmRecordKey.REF, message = ItsmRecordKey.REF_MESSAGE) String ref) {
        Initiative initiative = initiatives.unlink(new UnlinkItsmRecord(id, null, ItsmRecordKey.parse("ref", ref),
                caller.actor()));
        return Response.ok(InitiativeResponse.of(initiative, scoring.of(initiative))).tag(EntityTags.of(initiative.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "History of an initiative", description = "Who changed what and when, oldest first: the "
            + "initiative itself (created, updated, closed), its cycles, objectives and checkpoints (planned, reviewed). "
            + "The actor is the authenticated caller of each change (scheduler for reviews at the due time); "
            + "onBehalfOf is set when a csi-admin acted for someone.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @APIResponse(responseCode = "400", description = "A paging parameter is not valid")
    @APIResponse(responseCode = "404", description = "No such initiative")
    public PageResponse<HistoryResponse> getInitiativeHistory(@PathParam("id") UUID id,
            @Valid @BeanParam LongPageQuery paging) {
        return HistoryResponse.page(initiatives.history(id, paging.page(), paging.size()));
    }

    @GET
    @Operation(summary = "List initiatives", description = "Newest first, or ranked with sort=score: highest score "
            + "first (ties newest first), each with its score and the parts it is made of. Filter by status, focus area, "
            + "owner and ITSM record (ref: the initiatives that refer to it themselves or through one of their "
            + "objectives).")
    @APIResponse(responseCode = "200", description = "One page of initiatives")
    @APIResponse(responseCode = "400", description = "A filter, sort or paging parameter is not valid")
    public PageResponse<InitiativeResponse> listInitiatives(
            @QueryParam("status") InitiativeStatus status,
            @QueryParam("focusArea") FocusArea focusArea,
            @QueryParam("owner") String owner,
            @Parameter(description = "Only initiatives referring to this ITSM record (themselves or through an "
                    + "objective), as system:type:id", example = "servicenow:problem:PRB0040001")
            @QueryParam("ref") @Pattern(regexp = ItsmRecordKey.REF, message = ItsmRecordKey.REF_MESSAGE) String ref,
            @Parameter(description = "newest (default) or score (highest first)", example = "score",
                    schema = @Schema(enumeration = { "newest", "score" }))
            @QueryParam("sort") @Pattern(regexp = "newest|score", message = "must be newest or score") String sort,
            @Valid @BeanParam PageQuery paging) {
        ResultPage<Initiative> found = initiatives.list(status, focusArea, owner, ref, "score".equals(sort),
                paging.page(), paging.size());
        return PageResponse.of(found, i -> InitiativeResponse.of(i, scoring.of(i)));
    }
}
