package org.csi.sip.rest;

import java.util.UUID;

import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.rest.Created;
import org.csi.platform.itsm.ItsmRecordKey;
import org.csi.platform.rest.Caller;
import org.csi.platform.rest.HistoryResponse;
import org.csi.platform.rest.EntityTags;
import org.csi.platform.rest.Idempotent;
import org.csi.platform.rest.LongPageQuery;
import org.csi.platform.rest.PageQuery;
import org.csi.platform.rest.PageResponse;
import org.csi.sip.domain.Priority;
import org.csi.sip.domain.Sip;
import org.csi.sip.domain.SipAction;
import org.csi.sip.domain.SipStatus;
import org.csi.sip.service.AddAction;
import org.csi.sip.service.ChangeAction;
import org.csi.sip.service.ChangeSip;
import org.csi.sip.service.CreateSip;
import org.csi.sip.service.FindSips;
import org.csi.sip.service.SipScoring;
import org.csi.sip.service.SipService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * How do we get there? Service Improvement Plans: drafted from missed targets and gaps or raised by hand, then
 * submitted, approved, carried out and completed. Each method maps its body to a command of {@link SipService} and the
 * SIP it returns (loaded whole, in the service's transaction) back to JSON.
 */
@Path("/api/v1/sips")
@Tag(name = "SIPs", description = "Service Improvement Plans: the gap, the actions that close it, owner and status.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SipResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    @Inject
    SipService sips;
    @Inject
    Caller caller;
    @Inject
    SipScoring scoring;

    @POST
    @Idempotent
    @Operation(summary = "Raise a SIP by hand", description = "Stores a SIP in DRAFT (origin MANUAL) with its first "
            + "actions and publishes csi.sip.drafted. The caller is recorded as createdBy. Without a priority it is derived from the gap as for drafted "
            + "SIPs. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Created; Location names the SIP, ETag its version",
            content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid (e.g. a due date in the past)")
    @APIResponse(responseCode = "409", description = "The objective already has an open SIP")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    public Response createSip(@NotNull(message = BODY_REQUIRED) @Valid SipRequest request,
            @Context UriInfo uri) {
        Caller.refuseActorField("createdBy", request.createdBy());
        Caller.refuseActorField("raisedBy", request.raisedBy());
        Sip sip = sips.create(new CreateSip(request.plan(), request.givenReferences(),
                request.givenActionReferences(), caller.actor(request.onBehalfOf()), request.ratings(),
                request.value()));
        return Created.at(uri, sip.id, SipResponse.of(sip, SipService.today(), scoring.of(sip)), sip.version);
    }

    @GET
    @Operation(summary = "List SIPs", description = "Newest first, or ranked with sort=score: highest score first "
            + "(ties newest first), each with its score and the parts it is made of. Filter by status, initiative, "
            + "service, owner, priority, overdue (open and past the target completion date or with an overdue "
            + "action) and ITSM record (ref: the SIPs that refer to it themselves or through one of their actions).")
    @APIResponse(responseCode = "200", description = "A page of SIPs")
    @APIResponse(responseCode = "400", description = "A filter, sort or paging parameter is not valid")
    public PageResponse<SipResponse> listSips(
            @Parameter(description = "Only SIPs in this status") @QueryParam("status") SipStatus status,
            @Parameter(description = "Only SIPs of this initiative") @QueryParam("initiativeId") UUID initiativeId,
            @Parameter(description = "Only SIPs of this service", example = "email") @QueryParam("service") String service,
            @Parameter(description = "Only SIPs of this owner") @QueryParam("owner") String owner,
            @Parameter(description = "Only SIPs of this priority") @QueryParam("priority") Priority priority,
            @Parameter(description = "true: only overdue SIPs; false: only SIPs that are not overdue")
            @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only SIPs referring to this ITSM record (themselves or through an action), as "
                    + "system:type:id", example = "servicenow:problem:PRB0040001")
            @QueryParam("ref") @Pattern(regexp = ItsmRecordKey.REF, message = ItsmRecordKey.REF_MESSAGE) String ref,
            @Parameter(description = "newest (default) or score (highest first)", example = "score",
                    schema = @Schema(enumeration = { "newest", "score" }))
            @QueryParam("sort") @Pattern(regexp = "newest|score", message = "must be newest or score") String sort,
            @Valid @BeanParam PageQuery paging) {
        ResultPage<Sip> found = sips.list(new FindSips(status, initiativeId, service, owner, priority, overdue, ref,
                paging.page(), paging.size(), "score".equals(sort)));
        return PageResponse.of(found, s -> SipResponse.of(s, SipService.today(), scoring.of(s)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a SIP", description = "With its actions, progress, overdue actions, the triggers it "
            + "answers (occurrences) and its history of transitions. The ETag carries the version for If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "404", description = "No such SIP")
    public Response getSip(@PathParam("id") UUID id) {
        return ok(sips.get(id), scoring);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "History of a SIP", description = "Who changed what and when, oldest first: drafted or "
            + "created, changed, each lifecycle move (SUBMITTED, APPROVED, ...) and each action added or changed. The "
            + "actor is the authenticated caller of each change (sip-service for drafts from events); onBehalfOf is "
            + "set when a csi-admin acted for someone.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @APIResponse(responseCode = "400", description = "A paging parameter is not valid")
    @APIResponse(responseCode = "404", description = "No such SIP")
    public PageResponse<HistoryResponse> getSipHistory(@PathParam("id") UUID id,
            @Valid @BeanParam LongPageQuery paging) {
        return HistoryResponse.page(sips.history(id, paging.page(), paging.size()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(summary = "Change a SIP", description = "Changes title, description, owner, priority, expected benefit "
            + "or target completion date of an open SIP; fields left out stay. Requires If-Match with the ETag.")
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version",
            content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid")
    @APIResponse(responseCode = "404", description = "No such SIP")
    @APIResponse(responseCode = "409", description = "The SIP is closed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response updateSip(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version read") @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid SipPatch patch) {
        return ok(sips.update(new ChangeSip(id, ExpectedVersion.ifMatch(ifMatch), patch.title(), patch.description(),
                patch.owner(), patch.priority(), patch.expectedBenefit(), patch.targetCompletionDate(),
                patch.givenReferences(), caller.actor(), patch.ratings(), patch.value())), scoring);
    }

    @POST
    @Path("/{id}/actions")
    @Operation(summary = "Add an action", description = "Adds an OPEN action to an open SIP; the owner defaults to the "
            + "SIP owner; the due date must not be in the past.")
    @APIResponse(responseCode = "201", description = "Added; the body is the whole SIP",
            content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    @APIResponse(responseCode = "404", description = "No such SIP")
    @APIResponse(responseCode = "409", description = "The SIP is closed")
    public Response addSipAction(@PathParam("id") UUID id, @NotNull(message = BODY_REQUIRED) @Valid ActionRequest body,
            @Context UriInfo uri) {
        SipAction action = sips.addAction(new AddAction(id, body.planned(), body.givenReferences(), caller.actor()));
        Sip sip = action.sip;
        return Created.at(uri, action.id, SipResponse.of(sip, SipService.today(), scoring.of(sip)), sip.version);
    }

    @PATCH
    @Path("/{id}/actions/{actionId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(summary = "Change an action", description = "Changes description, owner, due date, status (OPEN, DONE, "
            + "DROPPED; DROPPED needs a note) or note of an action of an open SIP. Requires If-Match with the "
            + "action's version (field version of the action). The body is the whole SIP.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid")
    @APIResponse(responseCode = "404", description = "No such SIP or action")
    @APIResponse(responseCode = "409", description = "The SIP is closed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the action")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response updateSipAction(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
            @Parameter(description = "The version of the action read") @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid ActionPatch body) {
        return ok(sips.updateAction(new ChangeAction(id, actionId, ExpectedVersion.ifMatch(ifMatch), body.description(),
                body.owner(), body.dueDate(), body.status(), body.note(), body.givenReferences(), caller.actor())),
                scoring);
    }

    static Response ok(Sip sip, SipScoring scoring) {
        return Response.ok(SipResponse.of(sip, SipService.today(), scoring.of(sip))).tag(EntityTags.of(sip.version))
                .build();
    }
}
