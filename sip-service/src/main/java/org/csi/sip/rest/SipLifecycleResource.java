package org.csi.sip.rest;

import java.util.UUID;

import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.rest.Caller;
import org.csi.sip.domain.SipStatus;
import org.csi.sip.service.MoveSip;
import org.csi.sip.service.SipScoring;
import org.csi.sip.service.SipService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The lifecycle of one SIP: submit, approve, start, complete, cancel. Each move is one {@link MoveSip} as the caller
 * (never an actor named in the body; a csi-admin may name onBehalfOf), with an If-Match checked when sent. Every move
 * answers the SIP (200) or 404 for an unknown id, declared once on the class; each method declares its own 400/403/409.
 */
@Path("/api/v1/sips/{id}")
@Tag(name = "SIPs", description = "Service Improvement Plans: the gap, the actions that close it, owner and status.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SipResponse.class)))
@APIResponse(responseCode = "404", description = "No such SIP")
public class SipLifecycleResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    @Inject
    SipService sips;
    @Inject
    Caller caller;
    @Inject
    SipScoring scoring;

    @POST
    @Path("/submit")
    @Operation(summary = "Submit a draft for approval", description = "DRAFT -> SUBMITTED; records the caller and when. "
            + "If-Match is optional and checked when sent.")
    @APIResponse(responseCode = "400", description = "A field is not valid, or the body names an actor (by)")
    @APIResponse(responseCode = "409", description = "The SIP is not in DRAFT")
    public Response submitSip(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid TransitionRequests.Transition body) {
        return move(id, ifMatch, SipStatus.SUBMITTED, body.note(), body.onBehalfOf(), body.by());
    }

    @POST
    @Path("/approve")
    @Operation(summary = "Approve a submitted SIP", description = "SUBMITTED -> APPROVED; the approver is the caller, "
            + "who must not be the submitter (four-eyes, csi.sip.four-eyes). Publishes csi.sip.approved.")
    @APIResponse(responseCode = "400", description = "A field is not valid, or the body names an actor (approver, by)")
    @APIResponse(responseCode = "403", description = "The caller submitted the SIP (urn:csi:problem:four-eyes), or "
            + "names onBehalfOf without csi-admin")
    @APIResponse(responseCode = "409", description = "The SIP is not SUBMITTED")
    public Response approveSip(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid TransitionRequests.Approve body) {
        Caller.refuseActorField("approver", body.approver());
        return move(id, ifMatch, SipStatus.APPROVED, body.note(), body.onBehalfOf(), body.by());
    }

    @POST
    @Path("/start")
    @Operation(summary = "Start an approved SIP", description = "APPROVED -> IN_PROGRESS; records the caller and when.")
    @APIResponse(responseCode = "400", description = "A field is not valid, or the body names an actor (by)")
    @APIResponse(responseCode = "409", description = "The SIP is not APPROVED")
    public Response startSip(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid TransitionRequests.Transition body) {
        return move(id, ifMatch, SipStatus.IN_PROGRESS, body.note(), body.onBehalfOf(), body.by());
    }

    @POST
    @Path("/complete")
    @Operation(summary = "Complete a SIP", description = "IN_PROGRESS -> COMPLETED; every action must be DONE or "
            + "DROPPED and a result note is required; the realised benefits may be recorded (typed values). Publishes "
            + "csi.sip.completed.")
    @APIResponse(responseCode = "400", description = "resultNote is missing, a realised benefit is not valid, or the "
            + "body names an actor (by)")
    @APIResponse(responseCode = "409", description = "Not IN_PROGRESS, or an action is still OPEN")
    public Response completeSip(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid TransitionRequests.Complete body) {
        Caller.refuseActorField("by", body.by());
        return SipResource.ok(sips.move(new MoveSip(id, SipStatus.COMPLETED, ExpectedVersion.ifMatch(ifMatch),
                body.resultNote(), caller.actor(body.onBehalfOf()), body.realisedBenefits())), scoring);
    }

    @POST
    @Path("/cancel")
    @Operation(summary = "Cancel a SIP", description = "Any open status -> CANCELLED, with the reason. Publishes "
            + "csi.sip.cancelled.")
    @APIResponse(responseCode = "400", description = "reason is missing, or the body names an actor (by)")
    @APIResponse(responseCode = "409", description = "The SIP is already COMPLETED or CANCELLED")
    public Response cancelSip(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = BODY_REQUIRED) @Valid TransitionRequests.Cancel body) {
        return move(id, ifMatch, SipStatus.CANCELLED, body.reason(), body.onBehalfOf(), body.by());
    }

    /** Every lifecycle move: the body names no actor (the caller acts), and the If-Match is checked when sent. */
    private Response move(UUID id, String ifMatch, SipStatus to, String note, String onBehalfOf, Object by) {
        Caller.refuseActorField("by", by);
        return SipResource.ok(sips.move(new MoveSip(id, to, ExpectedVersion.ifMatch(ifMatch), note,
                caller.actor(onBehalfOf))), scoring);
    }
}
