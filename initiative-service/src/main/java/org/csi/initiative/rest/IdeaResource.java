package org.csi.initiative.rest;

import java.util.UUID;

import org.csi.initiative.domain.Idea;
import org.csi.initiative.domain.IdeaStatus;
import org.csi.initiative.service.DecideIdea;
import org.csi.initiative.service.IdeaService;
import org.csi.initiative.service.InitiativeDefinition;
import org.csi.initiative.service.InitiativeScoring;
import org.csi.initiative.service.SubmitIdea;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.rest.Caller;
import org.csi.platform.rest.Created;
import org.csi.platform.rest.EntityTags;
import org.csi.platform.rest.Idempotent;
import org.csi.platform.rest.PageQuery;
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

@Path("/api/v1/ideas")
@Tag(name = "Ideas", description = "Improvement ideas from staff and customers: anyone with a read role submits and "
        + "votes; a manager promotes an idea into an initiative, attaches it to one or rejects it.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdeaResource {

    @Inject
    IdeaService ideas;
    @Inject
    InitiativeScoring scoring;
    @Inject
    Caller caller;

    @POST
    @Idempotent
    @Operation(summary = "Submit an idea", description = "Any role may submit (staff, or a customer's comment from a "
            + "survey: source CUSTOMER_SURVEY with surveyReference). The caller is recorded as submittedBy; the idea "
            + "starts SUBMITTED with no votes. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Submitted; Location names the idea",
            content = @Content(schema = @Schema(implementation = IdeaResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    @APIResponse(responseCode = "413", description = "The body is too large")
    public Response submitIdea(@NotNull(message = "a JSON body is required") @Valid IdeaRequest request,
            @Context UriInfo uri) {
        Caller.refuseActorField("submittedBy", request.submittedBy());
        Idea idea = ideas.submit(new SubmitIdea(request.title(), request.description(), request.source(),
                request.surveyReference(), request.focusAreas(), caller.actor()));
        return Created.at(uri, idea.id, IdeaResponse.of(idea), idea.version);
    }

    @GET
    @Operation(summary = "List ideas", description = "Most votes first (ties newest first), or newest first with "
            + "sort=newest; filter by status.")
    @APIResponse(responseCode = "200", description = "One page of ideas")
    @APIResponse(responseCode = "400", description = "A filter, sort or paging parameter is not valid")
    public PageResponse<IdeaResponse> listIdeas(
            @Parameter(description = "Only ideas in this status") @QueryParam("status") IdeaStatus status,
            @Parameter(description = "votes (default: most first) or newest", example = "votes",
                    schema = @Schema(enumeration = { "votes", "newest" }))
            @QueryParam("sort") @Pattern(regexp = "votes|newest", message = "must be votes or newest") String sort,
            @Valid @BeanParam PageQuery paging) {
        ResultPage<Idea> found = ideas.list(status,
                "newest".equals(sort) ? IdeaService.Order.NEWEST : IdeaService.Order.VOTES, paging.page(),
                paging.size());
        return PageResponse.of(found, IdeaResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an idea", description = "With its votes, status and the initiative it went to.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = IdeaResponse.class)))
    @APIResponse(responseCode = "404", description = "No such idea")
    public Response getIdea(@PathParam("id") UUID id) {
        Idea idea = ideas.get(id);
        return Response.ok(IdeaResponse.of(idea)).tag(EntityTags.of(idea.version)).build();
    }

    @POST
    @Path("/{id}/votes")
    @Operation(summary = "Vote for an idea", description = "Any role may vote, once per idea: the voter is the "
            + "authenticated caller. The first vote answers 201; a repeated one changes nothing and answers 200. Only "
            + "a SUBMITTED idea takes votes. No body.")
    @APIResponse(responseCode = "201", description = "Counted; the idea with its votes",
            content = @Content(schema = @Schema(implementation = IdeaResponse.class)))
    @APIResponse(responseCode = "200", description = "The caller had voted before; nothing changed",
            content = @Content(schema = @Schema(implementation = IdeaResponse.class)))
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "409", description = "The idea is no longer SUBMITTED")
    public Response voteForIdea(@PathParam("id") UUID id) {
        IdeaService.Vote vote = ideas.vote(id, caller.actor());
        return Response.status(vote.counted() ? 201 : 200).entity(IdeaResponse.of(vote.idea())).build();
    }

    @POST
    @Path("/{id}/promote")
    @Operation(summary = "Promote an idea into an initiative", description = "Creates a new initiative (publishing "
            + "csi.initiative.created) from the idea: title, vision and focus areas come from the idea where the body "
            + "leaves them out; the owner is required. The idea becomes PROMOTED and names the initiative, which lists "
            + "the idea. Managers only.")
    @APIResponse(responseCode = "201", description = "Promoted; Location names the new initiative",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid, or no focus area is known")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "409", description = "The idea was decided before")
    public Response promoteIdea(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid IdeaDecisionRequests.Promote request,
            @Context UriInfo uri) {
        IdeaService.Decision decision = ideas.decide(new DecideIdea.Promote(id, request.title(), request.vision(),
                request.focusAreas(), request.owner(), request.services(),
                new InitiativeDefinition.Ratings(request.benefitRating(), request.effortRating(),
                        request.riskRating()),
                request.note(), caller.actor()));
        var initiative = decision.initiative();
        return Response.created(uri.getBaseUriBuilder().path("api/v1/initiatives").path(initiative.id.toString())
                .build()).entity(InitiativeResponse.of(initiative, scoring.of(initiative)))
                .tag(EntityTags.of(initiative.version)).build();
    }

    @POST
    @Path("/{id}/attach")
    @Operation(summary = "Attach an idea to an initiative", description = "The idea becomes ATTACHED and names the "
            + "initiative, which lists it among its ideas. The initiative must be ACTIVE. Managers only.")
    @APIResponse(responseCode = "200", description = "Attached",
            content = @Content(schema = @Schema(implementation = IdeaResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    @APIResponse(responseCode = "404", description = "No such idea or initiative")
    @APIResponse(responseCode = "409", description = "The idea was decided before, or the initiative is CLOSED")
    public IdeaResponse attachIdea(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid IdeaDecisionRequests.Attach request) {
        return IdeaResponse.of(ideas.decide(new DecideIdea.Attach(id, request.initiativeId(), request.note(),
                caller.actor())).idea());
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject an idea", description = "The idea becomes REJECTED with the reason as its decision "
            + "note. Managers only.")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = IdeaResponse.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing or too long")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "409", description = "The idea was decided before")
    public IdeaResponse rejectIdea(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid IdeaDecisionRequests.Reject request) {
        return IdeaResponse.of(ideas.decide(new DecideIdea.Reject(id, request.reason(), caller.actor())).idea());
    }
}
