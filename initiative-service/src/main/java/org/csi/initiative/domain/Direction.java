package org.csi.initiative.domain;

import java.math.BigDecimal;

/** Which way a KPI improves; decides whether a target is reached and whether a target improves on its baseline. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** Achieved when the actual value is at or beyond the target, or misses it by at most the tolerance. */
    public boolean reached(BigDecimal actual, BigDecimal target, BigDecimal tolerance) {
        return this == LOWER_IS_BETTER ? actual.compareTo(target.add(tolerance)) <= 0
                : actual.compareTo(target.subtract(tolerance)) >= 0;
    }

    /** True when the target is strictly better than the baseline (a target equal to its baseline improves nothing). */
    public boolean improves(BigDecimal baseline, BigDecimal target) {
        return this == LOWER_IS_BETTER ? target.compareTo(baseline) < 0 : target.compareTo(baseline) > 0;
    }
}
