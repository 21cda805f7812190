package org.csi.assessment.domain;

import org.csi.platform.domain.Direction;
import java.math.BigDecimal;

/**
 * How a KPI stands against its objective. shortfall = target - current for HIGHER_IS_BETTER, current - target for
 * LOWER_IS_BETTER; gapSize = max(0, shortfall). Status: MET when shortfall <= 0, WITHIN_TOLERANCE when shortfall <=
 * tolerance, GAP otherwise (beyond tolerance), NO_DATA without a measurement. Trend compares the latest value with the
 * one before it (or with the objective's baseline value when there is only one): IMPROVING, WORSENING, STABLE, or
 * UNKNOWN.
 */
public record KpiGap(BigDecimal current, BigDecimal previous, BigDecimal shortfall, BigDecimal gapSize, Status status,
        Trend trend) {

    public enum Status {
        MET, WITHIN_TOLERANCE, GAP, NO_DATA
    }

    public enum Trend {
        IMPROVING, WORSENING, STABLE, UNKNOWN
    }

    public static KpiGap of(BigDecimal target, Direction direction, BigDecimal tolerance, BigDecimal current,
            BigDecimal previous) {
        if (current == null) {
            return new KpiGap(null, previous, null, null, Status.NO_DATA, Trend.UNKNOWN);
        }
        BigDecimal shortfall = direction.shortfall(target, current);
        BigDecimal gapSize = shortfall.signum() > 0 ? shortfall : BigDecimal.ZERO;
        BigDecimal allowed = tolerance == null ? BigDecimal.ZERO : tolerance;
        Status status = shortfall.signum() <= 0 ? Status.MET
                : shortfall.compareTo(allowed) <= 0 ? Status.WITHIN_TOLERANCE : Status.GAP;
        return new KpiGap(current, previous, shortfall, gapSize, status, trend(direction, current, previous));
    }

    public boolean beyondTolerance() {
        return status == Status.GAP;
    }

    static Trend trend(Direction direction, BigDecimal current, BigDecimal previous) {
        if (previous == null) {
            return Trend.UNKNOWN;
        }
        int change = current.compareTo(previous);
        if (change == 0) {
            return Trend.STABLE;
        }
        boolean better = direction == Direction.HIGHER_IS_BETTER ? change > 0 : change < 0;
        return better ? Trend.IMPROVING : Trend.WORSENING;
    }
}
