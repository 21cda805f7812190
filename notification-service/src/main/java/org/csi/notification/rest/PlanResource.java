package org.csi.notification.rest;

import java.util.UUID;

import org.csi.notification.service.PlanService;
import org.csi.notification.service.PlanView;
import org.csi.notification.service.SetCommunicationPlan;
import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.rest.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/initiatives/{initiativeId}/communication-plan")
@Tag(name = "Communication plans", description = "Audiences of an initiative, their channel and the events they want.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService plans;

    @PUT
    @Operation(summary = "Set the communication plan", description = "Creates or replaces the plan of an initiative. "
            + "Events of the initiative then reach each audience that wants them (all event types when eventTypes is "
            + "empty). A WEBHOOK audience's secret is generated when omitted and shown only in this answer; on "
            + "replacement an audience keeps its secret. Send If-Match with the ETag to avoid overwriting a change. "
            + "What matters (immediateEventTypes) is told at once on the audience's immediateChannels; the rest goes "
            + "into a digest on its digestChannels at its digestCadence (DAILY, WEEKLY). An empty list means the "
            + "default, as an omitted one does (immediateEventTypes, immediateChannels, digestChannels; generated "
            + "clients send [] for lists not given); to send an audience no digest, give it digestCadence NONE (or "
            + "the plan's digestCadence NONE for audiences that name none).")
    @APIResponse(responseCode = "201", description = "Plan created",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "200", description = "Plan replaced",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid e-mail address, webhook URL, unknown event type, empty "
            + "audience list, ...")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response putCommunicationPlan(@PathParam("initiativeId") UUID initiativeId,
            @NotNull(message = "a JSON body is required") @Valid PlanRequest request,
            @Parameter(description = "ETag of the plan being replaced") @HeaderParam("If-Match") String ifMatch) {
        PlanService.PlanResult result = plans.set(new SetCommunicationPlan(initiativeId,
                request.audiences().stream().map(AudienceRequest::toAudience).toList(),
                ExpectedVersion.ifMatch(ifMatch), request.digestCadence()));
        return Response.status(result.created() ? 201 : 200).tag(EntityTags.of(result.plan().version))
                .entity(PlanResponse.of(result.plan(), true)).build();
    }

    @GET
    @Operation(summary = "Read the communication plan", description = "The initiative's plan, or (custom = false) the "
            + "default plan: the owner and stakeholders named on the initiative, by e-mail. Secrets are not shown.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response getCommunicationPlan(@PathParam("initiativeId") UUID initiativeId) {
        PlanView plan = plans.read(initiativeId);
        if (plan.custom()) {
            return Response.ok(PlanResponse.of(plan.plan(), false)).tag(EntityTags.of(plan.plan().version)).build();
        }
        return Response.ok(PlanResponse.defaultPlan(initiativeId, plan.audiences())).build();
    }
}
