package org.csi.platform.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A KPI target: which KPI of which service, where it stood when the target was set, the value to reach, the miss
 * that still counts as reached, and which way the KPI improves. An objective owns one; a review result keeps a copy
 * as it was at the review, and a service's projection of an objective keeps a copy too. The columns have the same
 * names in every table that holds one.
 */
@Embeddable
public class KpiTarget {

    @Column(name = "kpi_key", nullable = false)
    public String kpiKey;

    @Column(nullable = false)
    public String service;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "target_value", nullable = false)
    public BigDecimal targetValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    /** Null in a copy whose source sent none: no miss is allowed then. */
    public BigDecimal tolerance;

    /** The same target, as a value of its own (a snapshot, or the start of a changed one). */
    public KpiTarget copy() {
        KpiTarget copy = new KpiTarget();
        copy.kpiKey = kpiKey;
        copy.service = service;
        copy.baselineValue = baselineValue;
        copy.targetValue = targetValue;
        copy.direction = direction;
        copy.tolerance = tolerance;
        return copy;
    }

    public BigDecimal toleranceOrZero() {
        return tolerance == null ? BigDecimal.ZERO : tolerance;
    }

    /** Whether {@code actual} reaches the target, or misses it by at most the tolerance (see {@link Direction}). */
    public boolean reachedBy(BigDecimal actual) {
        return direction.reached(actual, targetValue, toleranceOrZero());
    }
}
