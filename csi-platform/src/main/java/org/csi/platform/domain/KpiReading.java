package org.csi.platform.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A measured value of a KPI: the number, its unit and when it was measured. A measurement (assessment-service) owns
 * one, and a service's copy of the newest measurement of a KPI (initiative-service) keeps one. The columns have the
 * same names in every table that holds one.
 */
@Embeddable
public class KpiReading {

    /** Its precision is the table's (the migration's NUMERIC(p, s)). */
    @Column(nullable = false)
    public BigDecimal value;

    public String unit;

    @Column(name = "measured_at", nullable = false)
    public Instant measuredAt;

    public static KpiReading of(BigDecimal value, String unit, Instant measuredAt) {
        KpiReading reading = new KpiReading();
        reading.value = value;
        reading.unit = unit;
        reading.measuredAt = measuredAt;
        return reading;
    }

    /** Whether the value was measured at {@code start} or later (a value from before it says nothing about it). */
    public boolean measuredSince(Instant start) {
        return !measuredAt.isBefore(start);
    }
}
