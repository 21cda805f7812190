package org.csi.assessment.rest;

import java.math.BigDecimal;
import java.time.Instant;

import org.csi.assessment.service.RecordMeasurement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One KPI value of a service. */
@Schema(name = "MeasurementRequest", description = "One KPI value measured for a service. A measurement re-sent with the "
        + "same sourceSystem and sourceId is recognised and not stored twice.")
public record MeasurementRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "incident.mttr.hours") String kpiKey,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "email") String service,
        @NotNull @Digits(integer = 12, fraction = 10)
        @Schema(required = true, description = "A JSON number.", example = "6.5") BigDecimal value,
        @Size(max = 50) @Schema(example = "hours") String unit,
        @NotNull @Schema(required = true, description = "When the value was measured; at most 5 minutes in the future "
                + "(clock skew).", example = "2026-11-20T08:00:00Z") Instant measuredAt,
        @NotBlank @Size(max = 100) @Schema(required = true, example = "servicenow") String sourceSystem,
        @Size(max = 200) @Schema(description = "The id of the value in the source system; makes re-sending safe.",
                example = "INC-KPI-2026-11-20-email") String sourceId) {

    /** @param storedSourceSystem the source system the caller is bound to for the one this item names */
    RecordMeasurement command(String storedSourceSystem) {
        return new RecordMeasurement(kpiKey, service, value, unit, measuredAt, storedSourceSystem, sourceId);
    }
}
