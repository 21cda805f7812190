package org.csi.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.csi.initiative.domain.RegressionWatch.JudgedBy;
import org.csi.initiative.domain.RegressionWatch.StartedBy;
import org.csi.initiative.domain.RegressionWatch.Verdict;
import org.junit.jupiter.api.Test;

/** How the regression watch judges each new value (LOWER_IS_BETTER, target 4, tolerance 0.5: inside up to 4.5). */
class RegressionWatchRulesTest {

    private static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2027-02-01T00:00:00Z");

    private final Objective objective = Examples.objective(UUID.randomUUID());

    private RegressionWatch achieved() {
        return RegressionWatch.start(objective, StartedBy.ACHIEVED, null, new BigDecimal("3.8"), T0, NOW);
    }

    private Verdict judge(RegressionWatch watch, String value, long minutes, int consecutive, Duration window) {
        return watch.judge(objective.target, new BigDecimal(value), T0.plusSeconds(60 * minutes), consecutive, window,
                NOW);
    }

    @Test
    void nValuesInARowOutsideAreOneRegressionThenQuiet() {
        RegressionWatch watch = achieved();
        assertEquals(WatchState.WATCHING, watch.state);
        assertEquals(Verdict.NONE, judge(watch, "4.5", 1, 3, null)); // the edge of the tolerance is inside
        assertEquals(Verdict.NONE, judge(watch, "4.6", 2, 3, null));
        assertEquals(Verdict.NONE, judge(watch, "5", 3, 3, null));
        assertEquals(Verdict.REGRESSED, judge(watch, "5", 4, 3, null));
        assertEquals(JudgedBy.CONSECUTIVE_VALUES, watch.judgedBy);
        assertEquals(T0.plusSeconds(120), watch.outsideSince);
        assertEquals(1, watch.regressions);
        assertEquals(Verdict.NONE, judge(watch, "6", 5, 3, null));
        assertEquals(4, watch.valuesOutside);
        assertEquals(WatchState.REGRESSED, watch.state);
    }

    @Test
    void aValueInsideBreaksTheRunAndRecoversARegression() {
        RegressionWatch watch = achieved();
        judge(watch, "5", 1, 2, null);
        assertEquals(Verdict.NONE, judge(watch, "4", 2, 2, null));
        assertEquals(0, watch.valuesOutside);
        assertNull(watch.outsideSince);
        assertEquals(Verdict.NONE, judge(watch, "5", 3, 2, null));
        assertEquals(Verdict.REGRESSED, judge(watch, "5", 4, 2, null));
        assertEquals(Verdict.RECOVERED, judge(watch, "4", 5, 2, null));
        assertEquals(WatchState.WATCHING, watch.state);
        assertEquals(NOW, watch.recoveredAt);
        judge(watch, "5", 6, 2, null);
        assertEquals(Verdict.REGRESSED, judge(watch, "5", 7, 2, null));
        assertEquals(2, watch.regressions);
    }

    @Test
    void aWindowJudgesASlowSlide() {
        RegressionWatch watch = achieved();
        Duration hour = Duration.ofHours(1);
        assertEquals(Verdict.NONE, judge(watch, "5", 10, 10, hour));
        assertEquals(Verdict.NONE, judge(watch, "5", 69, 10, hour));
        assertEquals(Verdict.REGRESSED, judge(watch, "5", 70, 10, hour));
        assertEquals(JudgedBy.WINDOW, watch.judgedBy);
    }

    @Test
    void aValueNotNewerThanTheLastJudgedChangesNothing() {
        RegressionWatch watch = achieved();
        judge(watch, "5", 2, 2, null);
        assertEquals(Verdict.STALE, judge(watch, "5", 2, 2, null));
        assertEquals(Verdict.STALE, judge(watch, "5", 1, 2, null));
        assertEquals(1, watch.valuesOutside);
    }

    @Test
    void aSipCompletedShortOfTheTargetWaitsForIt() {
        RegressionWatch watch = RegressionWatch.start(objective, StartedBy.SIP_COMPLETED, UUID.randomUUID(),
                new BigDecimal("6"), T0, NOW);
        assertEquals(WatchState.AWAITING_TARGET, watch.state);
        assertEquals(Verdict.NONE, judge(watch, "6", 1, 1, null));
        assertEquals(0, watch.valuesOutside);
        assertEquals(Verdict.ARMED, judge(watch, "4", 2, 1, null));
        assertEquals(Verdict.REGRESSED, judge(watch, "5", 3, 1, null));
        RegressionWatch unknown = RegressionWatch.start(objective, StartedBy.SIP_COMPLETED, null, null, null, NOW);
        assertEquals(WatchState.AWAITING_TARGET, unknown.state);
    }
}
