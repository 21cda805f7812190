package org.csi.assessment.rest;

import java.time.Instant;

import org.csi.assessment.domain.Measurement;
import org.csi.assessment.service.MeasurementService;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.rest.PageResponse;
import org.csi.platform.rest.StrictJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Its own class: resource classes are matched by path first, and /api/v1/services/{service} belongs to another. */
@Path("/api/v1/services/{service}/kpis/{kpiKey}/measurements")
@Tag(name = "Measurements")
@Produces(MediaType.APPLICATION_JSON)
public class KpiSeriesResource {

    @Inject
    MeasurementService measurements;

    @GET
    @Operation(summary = "Time series of a KPI", description = "The measurements of one KPI of one service, oldest "
            + "first, optionally within [from, to).")
    @APIResponse(responseCode = "200", description = "A page of the series")
    @APIResponse(responseCode = "400", description = "Bad time or paging parameters")
    public PageResponse<MeasurementResponse> getKpiSeries(
            @Parameter(example = "email") @PathParam("service") String service,
            @Parameter(example = "incident.mttr.hours") @PathParam("kpiKey") String kpiKey,
            @Parameter(description = "ISO-8601 instant, inclusive", example = "2026-01-01T00:00:00Z") @QueryParam("from")
            Instant from,
            @Parameter(description = "ISO-8601 instant, exclusive", example = "2027-01-01T00:00:00Z") @QueryParam("to")
            Instant to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("500") @Min(1) @Max(5000) int size) {
        StrictJson.requireInRange("from", from);
        StrictJson.requireInRange("to", to);
        ResultPage<Measurement> found = measurements.series(service, kpiKey, from, to, page, size);
        return PageResponse.of(found, MeasurementResponse::of);
    }
}
