package org.csi.assessment.rest;

import java.util.UUID;

import org.csi.assessment.domain.Baseline;
import org.csi.assessment.service.BaselineService;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.rest.Created;
import org.csi.platform.rest.ApiException;
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

@Path("/api/v1/baselines")
@Tag(name = "Baselines", description = "Where are we now? Named snapshots of a service to measure improvement against.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BaselineResource {

    @Inject
    BaselineService baselines;

    @POST
    @Idempotent
    @Operation(summary = "Record a baseline", description = "Snapshots the service as of asOf: the KPI values given, or "
            + "else the latest measurement of every KPI of the service up to the end of asOf (UTC); the latest maturity "
            + "assessment of every process assessed for the service up to asOf; and the practices of the service (and "
            + "the process-wide practices of those processes) recorded by then. Publishes csi.baseline.recorded.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the baseline",
            content = @Content(schema = @Schema(implementation = BaselineResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    public Response recordBaseline(@NotNull(message = "a JSON body is required") @Valid BaselineRequest request,
            @Context UriInfo uri) {
        Baseline b = baselines.record(request.command());
        return Created.at(uri, b.id, BaselineResponse.of(b));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a baseline", description = "One baseline with its KPI values, maturity and practices.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BaselineResponse.class)))
    @APIResponse(responseCode = "404", description = "No such baseline")
    public BaselineResponse getBaseline(@PathParam("id") UUID id) {
        return BaselineResponse.of(baselines.find(id).orElseThrow(() -> ApiException.notFound("Baseline", id)));
    }

    @GET
    @Operation(summary = "List baselines", description = "Newest asOf first; filter by service.")
    @APIResponse(responseCode = "200", description = "A page of baselines")
    @APIResponse(responseCode = "400", description = "Bad paging parameters")
    public PageResponse<BaselineResponse> listBaselines(@Parameter(example = "email") @QueryParam("service") String service,
            @Valid @BeanParam PageQuery paging) {
        ResultPage<Baseline> found = baselines.list(service, paging.page(), paging.size());
        return PageResponse.of(found, BaselineResponse::of);
    }
}
