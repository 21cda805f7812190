package org.csi.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a target is reached and whether a target improves on its baseline. Besides the worked examples, the rules
 * are checked on 500 generated cases (fixed seed, so a failure repeats) for the invariants that make them one rule:
 * LOWER_IS_BETTER is HIGHER_IS_BETTER on negated values, a target is always reached by itself, and a larger tolerance
 * never turns a reached target into a missed one.
 */
class DirectionTest {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    @ParameterizedTest(name = "{0}: actual {1}, target {2}, tolerance {3} -> reached {4}")
    @CsvSource({
            // MTTR in hours: lower is better
            "LOWER_IS_BETTER, 3.9, 4, 0, true",
            "LOWER_IS_BETTER, 4, 4, 0, true",
            "LOWER_IS_BETTER, 4.1, 4, 0, false",
            "LOWER_IS_BETTER, 4.5, 4, 0.5, true",
            "LOWER_IS_BETTER, 4.51, 4, 0.5, false",
            // availability in percent: higher is better
            "HIGHER_IS_BETTER, 99.95, 99.9, 0, true",
            "HIGHER_IS_BETTER, 99.9, 99.9, 0, true",
            "HIGHER_IS_BETTER, 99.8, 99.9, 0, false",
            "HIGHER_IS_BETTER, 99.8, 99.9, 0.1, true",
            "HIGHER_IS_BETTER, 99.79, 99.9, 0.1, false",
            // negative KPIs (a net promoter score) follow the same rule
            "HIGHER_IS_BETTER, -10, -20, 0, true",
            "LOWER_IS_BETTER, -10, -20, 5, false",
    })
    void workedExamples(Direction direction, BigDecimal actual, BigDecimal target, BigDecimal tolerance,
            boolean reached) {
        assertEquals(reached, direction.reached(actual, target, tolerance));
    }

    @Test
    void aTargetEqualToItsBaselineImprovesNothing() {
        BigDecimal four = new BigDecimal("4");
        for (Direction direction : Direction.values()) {
            assertFalse(direction.improves(four, four), direction.name());
            assertFalse(direction.improves(four, new BigDecimal("4.000")), "compared by value, not by scale");
        }
        assertTrue(Direction.LOWER_IS_BETTER.improves(four, new BigDecimal("3.5")));
        assertFalse(Direction.LOWER_IS_BETTER.improves(four, new BigDecimal("4.5")));
        assertTrue(Direction.HIGHER_IS_BETTER.improves(four, new BigDecimal("4.5")));
        assertFalse(Direction.HIGHER_IS_BETTER.improves(four, new BigDecimal("3.5")));
    }

    /** One generated case: actual, target, tolerance and more tolerance; scales 0-3, values from -1000 to 1000. */
    record Case(BigDecimal actual, BigDecimal target, BigDecimal tolerance, BigDecimal more) {
    }

    /** 500 cases from a fixed seed, in one test each (a parameterized test of 500 runs takes seconds to report). */
    static List<Case> generated() {
        Random random = new Random(20261201L);
        return Stream.generate(() -> new Case(decimal(random), decimal(random), decimal(random).abs(),
                decimal(random).abs())).limit(500).toList();
    }

    private static BigDecimal decimal(Random random) {
        int scale = random.nextInt(4);
        return BigDecimal.valueOf(random.nextLong(-1_000_000, 1_000_001), scale + 3).setScale(scale,
                RoundingMode.DOWN);
    }

    @Test
    void lowerIsBetterIsHigherIsBetterMirrored() {
        for (Case c : generated()) {
            assertEquals(Direction.HIGHER_IS_BETTER.reached(c.actual(), c.target(), c.tolerance()),
                    Direction.LOWER_IS_BETTER.reached(c.actual().negate(), c.target().negate(), c.tolerance()),
                    c::toString);
            assertEquals(Direction.HIGHER_IS_BETTER.improves(c.actual(), c.target()),
                    Direction.LOWER_IS_BETTER.improves(c.actual().negate(), c.target().negate()), c::toString);
        }
    }

    @Test
    void aTargetIsReachedByItselfAndToleranceOnlyEverHelps() {
        for (Case c : generated()) {
            BigDecimal actual = c.actual();
            BigDecimal target = c.target();
            BigDecimal larger = c.tolerance().add(c.more());
            for (Direction direction : Direction.values()) {
                assertTrue(direction.reached(target, target, ZERO), c::toString);
                assertTrue(direction.reached(target, target, c.tolerance()), c::toString);
                if (direction.reached(actual, target, c.tolerance())) {
                    assertTrue(direction.reached(actual, target, larger), () -> "a larger tolerance keeps " + c
                            + " reached");
                }
                // a target that improves on a value is not yet reached by that value (without tolerance)
                if (direction.improves(actual, target)) {
                    assertFalse(direction.reached(actual, target, ZERO), c::toString);
                }
            }
        }
    }

    @Test
    void withoutToleranceReachedMeansAtOrBeyondTheTarget() {
        for (Case c : generated()) {
            BigDecimal actual = c.actual();
            BigDecimal target = c.target();
            assertEquals(actual.compareTo(target) >= 0, Direction.HIGHER_IS_BETTER.reached(actual, target, ZERO),
                    c::toString);
            assertEquals(actual.compareTo(target) <= 0, Direction.LOWER_IS_BETTER.reached(actual, target, ZERO),
                    c::toString);
            // exactly one direction improves on a baseline that differs from the target
            if (actual.compareTo(target) != 0) {
                assertTrue(Direction.HIGHER_IS_BETTER.improves(actual, target)
                        ^ Direction.LOWER_IS_BETTER.improves(actual, target), c::toString);
            }
        }
    }

    @ParameterizedTest(name = "{0}: target {1}, actual {2} -> {3}")
    @CsvSource({
            "LOWER_IS_BETTER, 4, 6.5, 2.5",
            "LOWER_IS_BETTER, 4, 3, -1",
            "LOWER_IS_BETTER, 4, 4, 0",
            "HIGHER_IS_BETTER, 99.9, 99.5, 0.4",
            "HIGHER_IS_BETTER, 99.9, 100, -0.1",
            "HIGHER_IS_BETTER, -20, -30, 10",
    })
    void theShortfallIsHowFarTheActualValueIsOnTheWrongSide(Direction direction, BigDecimal target,
            BigDecimal actual, BigDecimal shortfall) {
        assertEquals(0, shortfall.compareTo(direction.shortfall(target, actual)));
        Direction other = direction == Direction.HIGHER_IS_BETTER ? Direction.LOWER_IS_BETTER
                : Direction.HIGHER_IS_BETTER;
        assertEquals(0, shortfall.negate().compareTo(other.shortfall(target, actual)),
                "the other direction sees the same distance the other way");
    }
}
