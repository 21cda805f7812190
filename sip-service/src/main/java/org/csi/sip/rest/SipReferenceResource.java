package org.csi.sip.rest;

import java.util.UUID;

import org.csi.platform.itsm.ItsmRecordKey;
import org.csi.platform.rest.Caller;
import org.csi.platform.rest.EntityTags;
import org.csi.platform.rest.Idempotent;
import org.csi.platform.rest.ItsmReferenceRequest;
import org.csi.platform.rest.References;
import org.csi.sip.domain.Sip;
import org.csi.sip.service.LinkItsmRecord;
import org.csi.sip.service.Linked;
import org.csi.sip.service.RequestChange;
import org.csi.sip.service.SipScoring;
import org.csi.sip.service.SipService;
import org.csi.sip.service.UnlinkItsmRecord;
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
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * ITSM records of SIPs and their actions: ITSM tools link their records (problems, incidents, knowledge, the change
 * raised for an action) to a SIP or an action, and an action asks for a change (csi.change.requested). Each answer is
 * the whole SIP.
 */
@Path("/api/v1/sips/{id}")
@Tag(name = "SIPs", description = "Service Improvement Plans: the gap, the actions that close it, owner and status.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SipReferenceResource {

    private static final String BODY_REQUIRED = "a JSON body is required";
    private static final String REF_EXAMPLE = "servicenow:problem:PRB0040001";

    @Inject
    SipService sips;
    @Inject
    Caller caller;
    @Inject
    SipScoring scoring;

    @POST
    @Path("/references")
    @Operation(summary = "Add an ITSM reference to a SIP", description = "The SIP refers to a record in an ITSM tool "
            + "from now on (e.g. the problem behind it); GET /api/v1/sips?ref=system:type:id finds it. Idempotent on "
            + "system, type and id: the same record again only refreshes url and title (200). At most 50 references; "
            + "allowed in any status.")
    @APIResponse(responseCode = "201", description = "Added; Location names the reference, the body is the whole SIP",
            content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "200", description = "The SIP already referred to the record",
            content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    @APIResponse(responseCode = "404", description = "No such SIP")
    @APIResponse(responseCode = "409", description = "The SIP already has 50 references")
    public Response addSipReference(@PathParam("id") UUID id,
            @NotNull(message = BODY_REQUIRED) @Valid ItsmReferenceRequest request, @Context UriInfo uri) {
        Linked linked = sips.link(new LinkItsmRecord(id, null, request.given(), caller.actor()));
        return References.answer(linked.added(), uri, request.given().key(),
                SipResponse.of(linked.sip(), SipService.today(), scoring.of(linked.sip())), linked.sip().version);
    }

    @DELETE
    @Path("/references/{ref}")
    @Operation(summary = "Remove an ITSM reference from a SIP", description = "The SIP no longer refers to the record.")
    @APIResponse(responseCode = "200", description = "Removed; the body is the whole SIP",
            content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "400", description = "ref is not system:type:id")
    @APIResponse(responseCode = "404", description = "No such SIP, or it does not refer to the record")
    public Response removeSipReference(@PathParam("id") UUID id,
            @Parameter(description = "The record, as system:type:id", example = REF_EXAMPLE)
            @PathParam("ref") @Pattern(regexp = ItsmRecordKey.REF, message = ItsmRecordKey.REF_MESSAGE) String ref) {
        return ok(sips.unlink(new UnlinkItsmRecord(id, null, ItsmRecordKey.parse("ref", ref), caller.actor())));
    }

    @POST
    @Path("/actions/{actionId}/references")
    @Operation(summary = "Add an ITSM reference to an action", description = "The action refers to a record in an "
            + "ITSM tool from now on. This is how an ITSM tool links back the change it raised for "
            + "csi.change.requested: type CHANGE, added after the request, turns the action's changeRequest from "
            + "PENDING to LINKED. Idempotent on system, type and id: the same record again only refreshes url and "
            + "title (200). At most 50 references; allowed in any status.")
    @APIResponse(responseCode = "201", description = "Added; Location names the reference, the body is the whole SIP",
            content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "200", description = "The action already referred to the record",
            content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    @APIResponse(responseCode = "404", description = "No such SIP or action")
    @APIResponse(responseCode = "409", description = "The action already has 50 references")
    public Response addSipActionReference(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
            @NotNull(message = BODY_REQUIRED) @Valid ItsmReferenceRequest request, @Context UriInfo uri) {
        Linked linked = sips.link(new LinkItsmRecord(id, actionId, request.given(), caller.actor()));
        return References.answer(linked.added(), uri, request.given().key(),
                SipResponse.of(linked.sip(), SipService.today(), scoring.of(linked.sip())), linked.sip().version);
    }

    @DELETE
    @Path("/actions/{actionId}/references/{ref}")
    @Operation(summary = "Remove an ITSM reference from an action", description = "The action no longer refers to the "
            + "record.")
    @APIResponse(responseCode = "200", description = "Removed; the body is the whole SIP",
            content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "400", description = "ref is not system:type:id")
    @APIResponse(responseCode = "404", description = "No such SIP or action, or it does not refer to the record")
    public Response removeSipActionReference(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
            @Parameter(description = "The record, as system:type:id", example = REF_EXAMPLE)
            @PathParam("ref") @Pattern(regexp = ItsmRecordKey.REF, message = ItsmRecordKey.REF_MESSAGE) String ref) {
        return ok(sips.unlink(new UnlinkItsmRecord(id, actionId, ItsmRecordKey.parse("ref", ref), caller.actor())));
    }

    @POST
    @Path("/actions/{actionId}/change-request")
    @Idempotent
    @Operation(summary = "Ask for a change for an action", description = "Publishes csi.change.requested with the SIP, "
            + "the action, the initiative and their ITSM references, and the caller as requester; an ITSM tool raises "
            + "the change request and links it back with POST .../actions/{actionId}/references (type CHANGE). The "
            + "action's changeRequest is PENDING until then, and a second request while it is pending is a 409 (send "
            + "an Idempotency-Key to retry a request safely). The SIP must be open and the action OPEN.")
    @APIResponse(responseCode = "202", description = "Requested; the body is the whole SIP",
            content = @Content(schema = @Schema(implementation = SipResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid, or the body names an actor (requestedBy)")
    @APIResponse(responseCode = "403", description = "onBehalfOf named without csi-admin")
    @APIResponse(responseCode = "404", description = "No such SIP or action")
    @APIResponse(responseCode = "409", description = "A change request of the action is pending, the SIP is closed or "
            + "the action is not OPEN")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    public Response requestSipActionChange(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
            @NotNull(message = BODY_REQUIRED) @Valid ChangeRequestBody body) {
        Caller.refuseActorField("requestedBy", body.requestedBy());
        Sip sip = sips.requestChange(new RequestChange(id, actionId, body.note(), caller.actor(body.onBehalfOf())));
        return Response.accepted(SipResponse.of(sip, SipService.today(), scoring.of(sip))).tag(EntityTags.of(sip.version)).build();
    }

    @Schema(name = "ChangeRequestBody", description = "A change asked for an action; the requester is the caller.")
    public record ChangeRequestBody(
            @Size(max = 4000) @Schema(description = "What the change manager should know.",
                    example = "Standard change template 'Add relay node' should fit") String note,
            @Size(max = 200) @Schema(description = TransitionRequests.ON_BEHALF_OF, example = "maria.keller@example.com")
            String onBehalfOf,
            @Schema(hidden = true) Object requestedBy) {
    }

    private Response ok(Sip sip) {
        return SipResource.ok(sip, scoring);
    }
}
