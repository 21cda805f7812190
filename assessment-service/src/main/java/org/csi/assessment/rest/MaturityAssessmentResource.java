package org.csi.assessment.rest;

import java.util.UUID;

import org.csi.assessment.domain.MaturityAssessment;
import org.csi.assessment.service.MaturityService;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.rest.Created;
import org.csi.platform.rest.ApiException;
import org.csi.platform.rest.Caller;
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

@Path("/api/v1")
@Tag(name = "Maturity", description = "Where are we now? Process maturity assessments and their history.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MaturityAssessmentResource {

    @Inject
    MaturityService maturity;
    @Inject
    Caller caller;

    @POST
    @Idempotent
    @Path("/maturity-assessments")
    @Operation(summary = "Record a maturity assessment", description = "Stores the assessment with its overall level "
            + "(the lowest of the five dimension levels) and publishes csi.maturity.assessed. When a target level is "
            + "given and the overall level is below it, csi.gap.identified (MATURITY) is published once until the "
            + "target is reached. The assessor recorded is the caller; a csi-admin may record onBehalfOf an assessor. "
            + "Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the assessment",
            content = @Content(schema = @Schema(implementation = MaturityAssessmentResponse.class)))
    @APIResponse(responseCode = "400", description = "A level outside 0-5, a missing or unknown dimension or enum "
            + "value, or the body names the assessor (assessor)")
    @APIResponse(responseCode = "403", description = "onBehalfOf sent by a caller without csi-admin")
    public Response recordMaturityAssessment(@NotNull(message = "a JSON body is required") @Valid MaturityAssessmentRequest request,
            @Context UriInfo uri) {
        Caller.refuseActorField("assessor", request.assessor());
        MaturityAssessment a = maturity.record(request.command(caller.actor(request.onBehalfOf())));
        return Created.at(uri, a.id, MaturityAssessmentResponse.of(a));
    }

    @GET
    @Path("/maturity-assessments/{id}")
    @Operation(summary = "Read a maturity assessment", description = "One assessment with its levels.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MaturityAssessmentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such assessment")
    public MaturityAssessmentResponse getMaturityAssessment(@PathParam("id") UUID id) {
        return MaturityAssessmentResponse.of(maturity.find(id)
                .orElseThrow(() -> ApiException.notFound("Maturity assessment", id)));
    }

    @GET
    @Path("/maturity-assessments")
    @Operation(summary = "List maturity assessments", description = "Newest first; filter by process and service.")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    @APIResponse(responseCode = "400", description = "Bad paging parameters")
    public PageResponse<MaturityAssessmentResponse> listMaturityAssessments(
            @Parameter(example = "Incident Management") @QueryParam("process") String process,
            @Parameter(example = "email") @QueryParam("service") String service,
            @Valid @BeanParam PageQuery paging) {
        ResultPage<MaturityAssessment> found = maturity.list(process, service, paging.page(), paging.size());
        return PageResponse.of(found, MaturityAssessmentResponse::of);
    }

    @GET
    @Path("/processes/{process}/maturity-history")
    @Operation(summary = "Maturity history of a process", description = "All assessments of the process, oldest first, "
            + "with the change of the overall level against the previous one, so improvement over time is visible. With "
            + "service: the assessments of that service and the process-wide ones.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MaturityHistoryResponse.class)))
    public MaturityHistoryResponse getMaturityHistory(
            @Parameter(example = "Incident Management") @PathParam("process") String process,
            @Parameter(example = "email") @QueryParam("service") String service) {
        var entries = new java.util.ArrayList<MaturityHistoryResponse.Entry>();
        Integer previous = null;
        for (MaturityAssessment a : maturity.history(process, service)) {
            entries.add(new MaturityHistoryResponse.Entry(MaturityAssessmentResponse.of(a),
                    previous == null ? null : a.overallLevel - previous));
            previous = a.overallLevel;
        }
        return new MaturityHistoryResponse(process, service, entries);
    }
}
