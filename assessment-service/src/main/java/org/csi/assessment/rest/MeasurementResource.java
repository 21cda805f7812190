package org.csi.assessment.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.csi.assessment.config.AssessmentConfig;
import org.csi.assessment.service.MeasurementService;
import org.csi.assessment.service.RecordMeasurement;
import org.csi.platform.rest.Created;
import org.csi.platform.rest.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1")
@Tag(name = "Measurements", description = "Where are we now? KPI values of services, one by one or in bulk from ITSM "
        + "tools, and their time series.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasurementResource {

    @Inject
    MeasurementService measurements;
    @Inject
    Validator validator;
    @Inject
    AssessmentConfig config;
    @Inject
    SourceSystemBinding sourceSystems;

    @POST
    @Path("/measurements")
    @Operation(summary = "Record a measurement", description = "Stores one KPI value and publishes "
            + "csi.measurement.recorded. A measurement with a sourceSystem and sourceId already stored is not stored "
            + "again: the answer is 200 with the stored one, and no event is published. An ITSM tool (csi-integration) "
            + "may send only its own sourceSystem (its client id, or csi.assessment.source-systems.<client>); values "
            + "entered by a person (csi-admin, csi-manager, csi-analyst) are recorded as sourceSystem manual or "
            + "manual:<name>.")
    @APIResponse(responseCode = "201", description = "Stored; Location names it",
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class)))
    @APIResponse(responseCode = "200", description = "Sent before (same sourceSystem and sourceId): the stored one",
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class)))
    @APIResponse(responseCode = "400", description = "No KPI, no or a non-numeric value, measuredAt in the future")
    @APIResponse(responseCode = "403", description = "Not allowed, or an ITSM tool named a sourceSystem that is not "
            + "its own")
    public Response recordMeasurement(@NotNull(message = "a JSON body is required") @Valid MeasurementRequest request,
            @Context UriInfo uri) {
        MeasurementService.Outcome outcome = recordOrConflict(List.of(request), null).get(0);
        MeasurementResponse body = MeasurementResponse.of(outcome.measurement());
        if (outcome.duplicate()) {
            return Response.ok(body).build();
        }
        return Created.at(uri, body.id(), body);
    }

    @POST
    @Path("/measurements/bulk")
    @Operation(summary = "Record many measurements", description = "Stores up to 5000 measurements (configurable: "
            + "csi.assessment.measurements.bulk-max-items) in one transaction, all or nothing, with one "
            + "csi.measurement.recorded per stored measurement. A bad item fails the whole batch with a 400 problem whose "
            + "errors name the item by index, e.g. measurements[17].value. Measurements already stored (same sourceSystem "
            + "and sourceId, also within the batch) are counted as duplicates and not stored again, so a batch can be "
            + "re-sent safely. Bodies above 4 MiB or with more items than the limit get 413.")
    @APIResponse(responseCode = "200", description = "Stored; one entry per item in request order",
            content = @Content(schema = @Schema(implementation = BulkMeasurementResponse.class)))
    @APIResponse(responseCode = "400", description = "An item is not valid; nothing was stored")
    @APIResponse(responseCode = "403", description = "Not allowed, or an ITSM tool named a sourceSystem that is not "
            + "its own; nothing was stored")
    @APIResponse(responseCode = "409", description = "A concurrent request stored some of the same measurements; retry")
    @APIResponse(responseCode = "413", description = "More items than the limit, or the body is too large")
    public BulkMeasurementResponse recordMeasurementsInBulk(@NotNull(message = "a JSON body is required") BulkMeasurementRequest request) {
        // The size limit is checked before the items are validated, so an oversized batch is always a 413.
        int bulkMaxItems = config.measurements().bulkMaxItems();
        if (request.measurements() != null && request.measurements().size() > bulkMaxItems) {
            throw new ApiException(413, "urn:csi:problem:payload-too-large", "Too many measurements",
                    "The batch has " + request.measurements().size() + " measurements; at most " + bulkMaxItems
                            + " are accepted per request", List.of());
        }
        Set<ConstraintViolation<BulkMeasurementRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<MeasurementService.Outcome> outcomes = recordOrConflict(request.measurements(), "measurements");
        List<BulkMeasurementResponse.Item> items = new ArrayList<>(outcomes.size());
        int duplicates = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            MeasurementService.Outcome o = outcomes.get(i);
            duplicates += o.duplicate() ? 1 : 0;
            items.add(new BulkMeasurementResponse.Item(i, o.measurement().id, o.duplicate()));
        }
        return new BulkMeasurementResponse(outcomes.size(), outcomes.size() - duplicates, duplicates, items);
    }

    /**
     * Two requests carrying the same (sourceSystem, sourceId) at the same moment: the unique index lets one commit and
     * the other roll back; the loser gets 409 and, when it retries, sees the stored ones as duplicates.
     */
    private List<MeasurementService.Outcome> recordOrConflict(List<MeasurementRequest> items, String fieldPrefix) {
        UnaryOperator<String> sourceSystemOf = sourceSystems.forCaller(
                items.stream().map(MeasurementRequest::sourceSystem).toList(), fieldPrefix);
        List<RecordMeasurement> commands = new ArrayList<>(items.size());
        for (MeasurementRequest item : items) {
            commands.add(item.command(sourceSystemOf.apply(item.sourceSystem())));
        }
        try {
            return measurements.record(commands, fieldPrefix);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                        && "measurement_source".equals(violation.getConstraintName())) {
                    throw ApiException.conflict("A concurrent request stored measurements with the same sourceSystem "
                            + "and sourceId; send the request again and they are reported as duplicates");
                }
            }
            throw e;
        }
    }

    @GET
    @Path("/measurements/{id}")
    @Operation(summary = "Read a measurement", description = "One stored KPI value.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeasurementResponse.class)))
    @APIResponse(responseCode = "404", description = "No such measurement")
    public MeasurementResponse getMeasurement(@PathParam("id") UUID id) {
        return MeasurementResponse.of(measurements.find(id).orElseThrow(() -> ApiException.notFound("Measurement", id)));
    }
}
