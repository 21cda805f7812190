package org.csi.initiative.rest;

import java.util.List;

import org.csi.initiative.service.MeasurementProjector;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/latest-measurements")
@Tag(name = "Latest measurements", description = "The local projection of csi.measurement.recorded that reviews judge by.")
@Produces(MediaType.APPLICATION_JSON)
public class MeasurementResource {

    @Inject
    MeasurementProjector measurements;

    @GET
    @Operation(summary = "List latest measurements", description = "The newest value per KPI and service, as received "
            + "from assessment-service; read-only (measurements are recorded at assessment-service).")
    @APIResponse(responseCode = "200", description = "Latest values",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LatestMeasurementResponse.class)))
    public List<LatestMeasurementResponse> listLatestMeasurements(
            @Parameter(description = "Only this KPI", example = "incident.mttr.hours") @QueryParam("kpiKey") String kpiKey,
            @Parameter(description = "Only this service", example = "email") @QueryParam("service") String service) {
        return measurements.list(kpiKey, service).stream().map(LatestMeasurementResponse::of).toList();
    }
}
