package org.csi.initiative.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.csi.initiative.domain.MeasurementProjection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LatestMeasurement", description = "The newest value of a KPI for a service, as projected from csi.measurement.recorded.")
public record LatestMeasurementResponse(
        @Schema(description = "KPI.", example = "incident.mttr.hours") String kpiKey,
        @Schema(description = "Service.", example = "email") String service,
        @Schema(description = "The newest value by measuredAt.", example = "6.5") BigDecimal value,
        @Schema(description = "Unit.", example = "hours") String unit,
        @Schema(description = "When it was measured.", example = "2030-04-29T23:00:00Z") Instant measuredAt,
        @Schema(description = "The measurement id at assessment-service.", example = "1e2f3d4c-5b61-4a7c-8d9e-0f1a2b3c4d5e") UUID measurementId,
        @Schema(description = "Where the value came from.", example = "servicenow") String sourceSystem,
        @Schema(description = "When this service received it.", example = "2030-04-29T23:00:02Z") Instant receivedAt) {

    static LatestMeasurementResponse of(MeasurementProjection m) {
        return new LatestMeasurementResponse(m.kpiKey, m.service, m.reading.value, m.reading.unit, m.reading.measuredAt, m.measurementId,
                m.sourceSystem, m.receivedAt);
    }
}
