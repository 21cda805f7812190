package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A KPI value was measured for a service. Keyed by service, as a measurement belongs to no single initiative. */
public record MeasurementRecorded(
        UUID measurementId,
        String kpiKey,
        String service,
        BigDecimal value,
        String unit,
        Instant measuredAt,
        String sourceSystem,
        String sourceId) {
}
