package org.csi.assessment.service;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Record one KPI value of a service.
 *
 * @param sourceSystem the source system to store: already bound to the caller (a tool's own, or manual for a person)
 * @param sourceId     the id in the source system; with sourceSystem it makes a re-sent value recognisable
 */
public record RecordMeasurement(String kpiKey, String service, BigDecimal value, String unit, Instant measuredAt,
        String sourceSystem, String sourceId) {
}
