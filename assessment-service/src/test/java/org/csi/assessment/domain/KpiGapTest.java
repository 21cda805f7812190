package org.csi.assessment.domain;

import org.csi.platform.domain.Direction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.csi.assessment.domain.KpiGap.Status;
import org.csi.assessment.domain.KpiGap.Trend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a KPI stands against its objective: the worked examples of the rule, and on 500 generated cases (fixed seed)
 * the invariants: LOWER_IS_BETTER is HIGHER_IS_BETTER on negated values, the gap size is the positive part of the
 * shortfall, and the status follows the shortfall and the tolerance.
 */
class KpiGapTest {

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @ParameterizedTest(name = "{1} target {0} tolerance {2}: current {3} after {4} -> {5} {6} {7} {8}")
    @CsvSource(nullValues = "-", value = {
            // target, direction, tolerance, current, previous, shortfall, gapSize, status, trend
            "4, LOWER_IS_BETTER, 0.5, 6.5, 8, 2.5, 2.5, GAP, IMPROVING",
            "4, LOWER_IS_BETTER, 0.5, 4.5, 4.5, 0.5, 0.5, WITHIN_TOLERANCE, STABLE",
            "4, LOWER_IS_BETTER, 0.5, 3, 4, -1, 0, MET, IMPROVING",
            "4, LOWER_IS_BETTER, -, 4.01, -, 0.01, 0.01, GAP, UNKNOWN",
            "99.9, HIGHER_IS_BETTER, 0.1, 99.8, 99.9, 0.1, 0.1, WITHIN_TOLERANCE, WORSENING",
            "99.9, HIGHER_IS_BETTER, 0.1, 99.5, 99.2, 0.4, 0.4, GAP, IMPROVING",
            "99.9, HIGHER_IS_BETTER, 0, 99.9, -, 0.0, 0, MET, UNKNOWN",
    })
    void workedExamples(BigDecimal target, Direction direction, BigDecimal tolerance, BigDecimal current,
            BigDecimal previous, BigDecimal shortfall, BigDecimal gapSize, Status status, Trend trend) {
        KpiGap gap = KpiGap.of(target, direction, tolerance, current, previous);

        assertEquals(0, shortfall.compareTo(gap.shortfall()), "shortfall " + gap.shortfall());
        assertEquals(0, gapSize.compareTo(gap.gapSize()), "gap size " + gap.gapSize());
        assertEquals(status, gap.status());
        assertEquals(trend, gap.trend());
        assertEquals(status == Status.GAP, gap.beyondTolerance());
        assertEquals(current, gap.current());
        assertEquals(previous, gap.previous());
    }

    @Test
    void withoutAMeasurementThereIsNoDataAndNoTrend() {
        KpiGap gap = KpiGap.of(d("4"), Direction.LOWER_IS_BETTER, d("0.5"), null, d("5"));

        assertEquals(new KpiGap(null, d("5"), null, null, Status.NO_DATA, Trend.UNKNOWN), gap);
        assertTrue(!gap.beyondTolerance());
    }

    /** One generated case; a fifth of them have no previous value. */
    record Case(BigDecimal target, BigDecimal tolerance, BigDecimal current, BigDecimal previous) {
    }

    /** 500 cases from a fixed seed, in one test each (a parameterized test of 500 runs takes seconds to report). */
    static List<Case> generated() {
        Random random = new Random(20261203L);
        return Stream.generate(() -> new Case(decimal(random), decimal(random).abs(), decimal(random),
                random.nextInt(5) == 0 ? null : decimal(random))).limit(500).toList();
    }

    private static BigDecimal decimal(Random random) {
        int scale = random.nextInt(3);
        return BigDecimal.valueOf(random.nextLong(-100_000, 100_001), 3).setScale(scale, RoundingMode.DOWN);
    }

    @Test
    void lowerIsBetterIsHigherIsBetterMirrored() {
        for (Case c : generated()) {
            KpiGap higher = KpiGap.of(c.target(), Direction.HIGHER_IS_BETTER, c.tolerance(), c.current(),
                    c.previous());
            KpiGap lower = KpiGap.of(c.target().negate(), Direction.LOWER_IS_BETTER, c.tolerance(),
                    c.current().negate(), c.previous() == null ? null : c.previous().negate());

            assertEquals(0, higher.shortfall().compareTo(lower.shortfall()), c::toString);
            assertEquals(0, higher.gapSize().compareTo(lower.gapSize()), c::toString);
            assertEquals(higher.status(), lower.status(), c::toString);
            assertEquals(higher.trend(), lower.trend(), c::toString);
        }
    }

    @Test
    void theGapIsThePositivePartOfTheShortfallAndTheStatusFollowsTheTolerance() {
        for (Case c : generated()) {
            checkOne(c.target(), c.tolerance(), c.current(), c.previous());
        }
    }

    private static void checkOne(BigDecimal target, BigDecimal tolerance, BigDecimal current, BigDecimal previous) {
        for (Direction direction : Direction.values()) {
            KpiGap gap = KpiGap.of(target, direction, tolerance, current, previous);

            BigDecimal expectedShortfall = direction == Direction.HIGHER_IS_BETTER ? target.subtract(current)
                    : current.subtract(target);
            assertEquals(0, expectedShortfall.compareTo(gap.shortfall()));
            assertEquals(0, gap.shortfall().max(BigDecimal.ZERO).compareTo(gap.gapSize()));
            assertTrue(gap.gapSize().signum() >= 0);
            Status expected = gap.shortfall().signum() <= 0 ? Status.MET
                    : gap.shortfall().compareTo(tolerance) <= 0 ? Status.WITHIN_TOLERANCE : Status.GAP;
            assertEquals(expected, gap.status());
            if (previous == null) {
                assertEquals(Trend.UNKNOWN, gap.trend());
            } else if (current.compareTo(previous) == 0) {
                assertEquals(Trend.STABLE, gap.trend());
            } else {
                // improving means the shortfall shrank
                KpiGap before = KpiGap.of(target, direction, tolerance, previous, null);
                assertEquals(gap.shortfall().compareTo(before.shortfall()) < 0 ? Trend.IMPROVING : Trend.WORSENING,
                        gap.trend());
            }
        }
    }

    @Test
    void aMissingToleranceCountsAsZero() {
        assertEquals(Status.GAP, KpiGap.of(d("4"), Direction.LOWER_IS_BETTER, null, d("4.001"), null).status());
        assertEquals(Status.MET, KpiGap.of(d("4"), Direction.LOWER_IS_BETTER, null, d("4"), null).status());
        assertNull(KpiGap.of(d("4"), Direction.LOWER_IS_BETTER, null, null, null).shortfall());
    }
}
