package org.csi.assessment.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.csi.assessment.domain.Measurement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measurement", description = "A stored KPI value.")
public record MeasurementResponse(
        @Schema(example = "9a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61") UUID id,
        @Schema(example = "incident.mttr.hours") String kpiKey,
        @Schema(example = "email") String service,
        @Schema(example = "6.5") BigDecimal value,
        @Schema(example = "hours") String unit,
        @Schema(example = "2026-11-20T08:00:00Z") Instant measuredAt,
        @Schema(example = "servicenow") String sourceSystem,
        @Schema(example = "INC-KPI-2026-11-20-email") String sourceId,
        @Schema(description = "When this service stored it.") Instant recordedAt) {

    public static MeasurementResponse of(Measurement m) {
        return new MeasurementResponse(m.id, m.kpiKey, m.service, org.csi.assessment.domain.Decimals.plain(m.reading.value), m.reading.unit, m.reading.measuredAt,
                m.sourceSystem, m.sourceId, m.recordedAt);
    }
}
