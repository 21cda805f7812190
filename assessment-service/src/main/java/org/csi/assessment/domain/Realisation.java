package org.csi.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.csi.platform.domain.Direction;

/**
 * The benefit of a completed SIP re-measured from its KPI (value, issue 17). The "before" window is the {@code
 * beforeDays} before the SIP was approved (work could begin; its completion when it never was), so what the SIP changed
 * while it ran counts on neither side; the "after" window runs from its completion to the measuring time (a checkpoint's
 * review, or now). Effectiveness is the share of the gap to the target that closed: gap = how far a mean falls short of
 * the target in the KPI's direction; (gap before - gap after) / gap before. 1 = closed, 0 = no change, below 0 =
 * worse, above 1 = beyond the target; null without a mean on either side or without a gap before.
 */
public record Realisation(Instant beforeFrom, Instant beforeTo, BigDecimal beforeMean, int beforeCount,
        Instant afterFrom, Instant afterTo, BigDecimal afterMean, int afterCount, BigDecimal effectiveness) {

    /** The window before the SIP: [start - days, start), start = approval, else completion. */
    public static Instant[] beforeWindow(SipRealisation sip, int beforeDays) {
        Instant start = sip.approvedAt != null && sip.approvedAt.isBefore(sip.completedAt) ? sip.approvedAt
                : sip.completedAt;
        return new Instant[] {start.minus(Duration.ofDays(beforeDays)), start};
    }

    /** From the values measured in each window. */
    public static Realisation of(SipRealisation sip, Instant[] before, List<BigDecimal> beforeValues, Instant upTo,
            List<BigDecimal> afterValues) {
        BigDecimal beforeMean = mean(beforeValues);
        BigDecimal afterMean = mean(afterValues);
        return new Realisation(before[0], before[1], beforeMean, beforeValues.size(), sip.completedAt, upTo, afterMean,
                afterValues.size(), effectiveness(sip.direction, sip.targetValue, beforeMean, afterMean));
    }

    public static BigDecimal effectiveness(Direction direction, BigDecimal target, BigDecimal before,
            BigDecimal after) {
        if (before == null || after == null) {
            return null;
        }
        BigDecimal gapBefore = direction.shortfall(target, before);
        if (gapBefore.signum() <= 0) {
            return null; // no gap to close: the KPI was on target before the SIP
        }
        BigDecimal gapAfter = direction.shortfall(target, after);
        return gapBefore.subtract(gapAfter).divide(gapBefore, 4, RoundingMode.HALF_UP);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal mean = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 6, RoundingMode.HALF_UP).stripTrailingZeros();
        return mean.scale() < 0 ? mean.setScale(0) : mean; // 10, not 1E+1
    }
}
