package org.csi.assessment.rest;

import java.util.List;

import org.csi.assessment.domain.CommitmentKind;
import org.csi.assessment.domain.PerceptionResponse;
import org.csi.assessment.domain.ServiceCommitment;
import org.csi.assessment.service.ServiceGapService;
import org.csi.platform.rest.Created;
import org.csi.platform.rest.Caller;
import org.csi.platform.rest.EntityTags;
import org.csi.platform.rest.Problem;
import org.csi.platform.rest.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/services/{service}")
@Tag(name = "Service Gap model", description = "SERVQUAL perception surveys of customers and provider, the service's "
        + "specification and promise, and the five gaps they show (1: customer expectations vs. management's "
        + "perception of them; 2: that perception vs. the specifications; 3: specifications vs. the service delivered; "
        + "4: the service delivered vs. what customers were told; 5: expected vs. perceived).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceGapResource {

    @Inject
    ServiceGapService serviceGaps;
    @Inject
    Caller caller;

    @POST
    @Idempotent
    @Path("/perception-responses")
    @Operation(summary = "Record a SERVQUAL response", description = "Stores a CUSTOMER or PROVIDER response and "
            + "re-computes the service's gaps: each dimension whose gap 5 is below -threshold, or whose gap 1 exceeds "
            + "the threshold either way, publishes csi.gap.identified once until it closes. respondent is the survey's "
            + "label of who answered; the caller who entered the response is recorded as recordedBy.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = PerceptionResponseResponse.class)))
    @APIResponse(responseCode = "400", description = "A rating outside 1-7, an unknown dimension or respondent type, a "
            + "rating missing for the respondent type")
    public Response recordPerceptionResponse(
            @Parameter(example = "email") @PathParam("service") @Size(min = 1, max = 200) String service,
            @NotNull(message = "a JSON body is required") @Valid PerceptionResponseRequest request,
            @Context UriInfo uri) {
        PerceptionResponse r = serviceGaps.record(request.command(service, caller.actor()));
        return Created.at(uri, r.id, PerceptionResponseResponse.of(r));
    }

    @GET
    @Path("/perception-responses")
    @Operation(summary = "List SERVQUAL responses", description = "All responses about the service, oldest first.")
    @APIResponse(responseCode = "200", description = "The responses")
    public List<PerceptionResponseResponse> listPerceptionResponses(@Parameter(example = "email") @PathParam("service") String service) {
        return serviceGaps.responses(service).stream().map(PerceptionResponseResponse::of).toList();
    }

    @GET
    @Path("/service-gaps")
    @Operation(summary = "Service gaps of a service", description = "Per SERVQUAL dimension: respondent counts, mean "
            + "expectation and perception of customers, gap 5 = perceived - expected, importance weight, management's "
            + "mean perception of customer expectations and gap 1 = that - customer expectation; overall the plain and "
            + "the importance-weighted gap 5.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ServiceGapResponse.class)))
    public ServiceGapResponse getServiceGaps(@Parameter(example = "email") @PathParam("service") String service) {
        return ServiceGapResponse.of(serviceGaps.report(service));
    }

    // Service Gap model, gaps 2-4 (issue 17): specifications, promises and the whole model

    @PUT
    @Path("/specifications")
    @Operation(summary = "Set the service specifications", description = "The level-of-service targets design "
            + "committed to, per SERVQUAL dimension (1-7) or per KPI (in its unit); they feed gap 2 (against "
            + "management's perception of customer expectations) and gap 3 (against the service delivered: customer "
            + "perception of a dimension, latest measurement of a KPI). Replaces the earlier levels; the first time "
            + "without If-Match, after that with the ETag you read. Re-computes the gaps: each newly open gap "
            + "publishes csi.gap.identified once; a gap whose level was removed closes.")
    @APIResponse(responseCode = "200", description = "Set; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = ServiceLevelsResponse.class)))
    @APIResponse(responseCode = "400", description = "A level names neither or both of dimension and kpiKey, a "
            + "dimension level outside 1-7, a KPI level without direction, a dimension or KPI named twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The specification changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing and a specification exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response setServiceSpecifications(
            @Parameter(example = "email") @PathParam("service") @Size(min = 1, max = 200) String service,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ServiceLevelsRequest request) {
        return levels(serviceGaps.setLevels(request.command(service, CommitmentKind.SPECIFICATION, ifMatch,
                caller.actor())));
    }

    @GET
    @Path("/specifications")
    @Operation(summary = "Read the service specifications", description = "The levels design committed to; the ETag "
            + "header carries the version to send in If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ServiceLevelsResponse.class)))
    @APIResponse(responseCode = "404", description = "No specification recorded for the service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getServiceSpecifications(
            @Parameter(example = "email") @PathParam("service") @Size(min = 1, max = 200) String service) {
        return levels(serviceGaps.requireCommitment(service, CommitmentKind.SPECIFICATION));
    }

    @PUT
    @Path("/promises")
    @Operation(summary = "Set what was promised to customers", description = "What was communicated to customers: "
            + "the catalogue promise or published level, per SERVQUAL dimension (1-7) or per KPI (in its unit); it "
            + "feeds gap 4 (against the service delivered: customer perception of a dimension, latest measurement of "
            + "a KPI). Replaces the earlier levels; the first time without If-Match, after that with the ETag you "
            + "read. Re-computes the gaps as for specifications.")
    @APIResponse(responseCode = "200", description = "Set; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = ServiceLevelsResponse.class)))
    @APIResponse(responseCode = "400", description = "A level names neither or both of dimension and kpiKey, a "
            + "dimension level outside 1-7, a KPI level without direction, a dimension or KPI named twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The promise changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing and a promise exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response setServicePromises(
            @Parameter(example = "email") @PathParam("service") @Size(min = 1, max = 200) String service,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ServiceLevelsRequest request) {
        return levels(serviceGaps.setLevels(request.command(service, CommitmentKind.PROMISE, ifMatch,
                caller.actor())));
    }

    @GET
    @Path("/promises")
    @Operation(summary = "Read what was promised to customers", description = "The levels communicated to "
            + "customers; the ETag header carries the version to send in If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ServiceLevelsResponse.class)))
    @APIResponse(responseCode = "404", description = "No promise recorded for the service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getServicePromises(
            @Parameter(example = "email") @PathParam("service") @Size(min = 1, max = 200) String service) {
        return levels(serviceGaps.requireCommitment(service, CommitmentKind.PROMISE));
    }

    @GET
    @Path("/gap-model")
    @Operation(summary = "The Service Gap model of a service", description = "All five gaps in one response, ready "
            + "for a chart: per gap its lifecycle stage (1 STRATEGY, 2 DESIGN, 3 TRANSITION, 4 and 5 OPERATION), its "
            + "perspective (1, 4, 5 BUSINESS; 2, 3 IT), what it compares, and one line per dimension or KPI with "
            + "reference, actual, gap = actual - reference, shortfall, tolerance and whether it is open. Gap 1: mean "
            + "customer expectation vs. mean management expectation; gap 2: management expectation vs. specified "
            + "level; gap 3: specified level vs. delivered (mean customer perception, or latest KPI measurement); gap "
            + "4: promised level vs. delivered; gap 5: mean customer expectation vs. mean customer perception.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GapModelResponse.class)))
    public GapModelResponse getServiceGapModel(
            @Parameter(example = "email") @PathParam("service") @Size(min = 1, max = 200) String service) {
        return GapModelResponse.of(serviceGaps.gapModel(service));
    }

    private static Response levels(ServiceCommitment c) {
        return Response.ok(ServiceLevelsResponse.of(c)).tag(EntityTags.of(c.version)).build();
    }
}
