package org.csi.platform.domain;

import java.math.BigDecimal;

/** Which way a KPI improves. The one place that says when a value reaches its target and by how much it falls short. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** Achieved when the actual value is at or beyond the target, or misses it by at most the tolerance. */
    public boolean reached(BigDecimal actual, BigDecimal target, BigDecimal tolerance) {
        return shortfall(target, actual).compareTo(tolerance) <= 0;
    }

    /** True when the target is strictly better than the baseline (a target equal to its baseline improves nothing). */
    public boolean improves(BigDecimal baseline, BigDecimal target) {
        return shortfall(baseline, target).signum() < 0;
    }

    /**
     * How far {@code actual} is on the wrong side of {@code target}: positive when it falls short, zero when it is
     * on target, negative when it is better than the target. In the unit of the values.
     */
    public BigDecimal shortfall(BigDecimal target, BigDecimal actual) {
        return this == HIGHER_IS_BETTER ? target.subtract(actual) : actual.subtract(target);
    }
}
