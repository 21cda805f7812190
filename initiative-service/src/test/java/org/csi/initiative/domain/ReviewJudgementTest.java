package org.csi.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.csi.platform.domain.Direction;
import org.csi.platform.domain.KpiReading;
import org.csi.platform.identity.Actor;
import org.junit.jupiter.api.Test;

/** How a review judges an objective, and what it leaves on the objective and the checkpoint. */
class ReviewJudgementTest {

    private static final Instant CYCLE_START = Instant.parse("2027-01-01T00:00:00Z");

    private static Objective objective(Direction direction, String baseline, String target, String tolerance) {
        Objective o = Examples.objective(UUID.randomUUID());
        o.target.direction = direction;
        o.target.baselineValue = new BigDecimal(baseline);
        o.target.targetValue = new BigDecimal(target);
        o.target.tolerance = new BigDecimal(tolerance);
        return o;
    }

    private static MeasurementProjection measured(String value, Instant at) {
        MeasurementProjection m = new MeasurementProjection();
        m.kpiKey = "incident.mttr.hours";
        m.service = "email";
        m.reading = KpiReading.of(new BigDecimal(value), null, at);
        return m;
    }

    private static ResultStatus judge(Objective objective, String actual) {
        return CheckpointResult.judge(objective, measured(actual, CYCLE_START.plusSeconds(60)), CYCLE_START).status;
    }

    @Test
    void lowerIsBetterIsAchievedAtOrBelowTargetPlusTolerance() {
        Objective mttr = objective(Direction.LOWER_IS_BETTER, "8", "4", "0.5");

        assertEquals(ResultStatus.ACHIEVED, judge(mttr, "3"));
        assertEquals(ResultStatus.ACHIEVED, judge(mttr, "4.5"));
        assertEquals(ResultStatus.MISSED, judge(mttr, "4.51"));
    }

    @Test
    void higherIsBetterIsAchievedAtOrAboveTargetMinusTolerance() {
        Objective availability = objective(Direction.HIGHER_IS_BETTER, "97", "99.5", "0.1");

        assertEquals(ResultStatus.ACHIEVED, judge(availability, "99.9"));
        assertEquals(ResultStatus.ACHIEVED, judge(availability, "99.4"));
        assertEquals(ResultStatus.MISSED, judge(availability, "99.39"));
    }

    @Test
    void noMeasurementOrOneFromBeforeTheCycleIsNoData() {
        Objective mttr = objective(Direction.LOWER_IS_BETTER, "8", "4", "0");

        CheckpointResult none = CheckpointResult.judge(mttr, null, CYCLE_START);
        CheckpointResult stale = CheckpointResult.judge(mttr, measured("3", CYCLE_START.minusSeconds(1)), CYCLE_START);
        CheckpointResult atStart = CheckpointResult.judge(mttr, measured("3", CYCLE_START), CYCLE_START);

        assertEquals(ResultStatus.NO_DATA, none.status);
        assertNull(none.actualValue);
        assertEquals(ResultStatus.NO_DATA, stale.status);
        assertNull(stale.measuredAt, "an older value is not recorded as judged");
        assertEquals(ResultStatus.ACHIEVED, atStart.status, "a measurement at the very start of the cycle counts");
    }

    @Test
    void theResultIsACopyOfTheTargetAtTheReview() {
        Objective mttr = objective(Direction.LOWER_IS_BETTER, "8", "4", "0.5");
        Instant at = CYCLE_START.plusSeconds(120);

        CheckpointResult result = CheckpointResult.judge(mttr, measured("6.5", CYCLE_START.plusSeconds(60)),
                CYCLE_START);
        mttr.judged(result, at);
        mttr.target.targetValue = new BigDecimal("3");

        assertEquals(mttr.id, result.objectiveId);
        assertEquals(new BigDecimal("4"), result.target.targetValue);
        assertEquals(new BigDecimal("8"), result.target.baselineValue);
        assertEquals(new BigDecimal("6.5"), result.actualValue);
        assertEquals(ObjectiveStatus.MISSED, mttr.status);
        assertEquals(new BigDecimal("6.5"), mttr.lastActualValue);
        assertEquals(at, mttr.lastReviewedAt);
    }

    @Test
    void aReviewedCheckpointNamesItsReviewerAndSumsUpItsResults() {
        Checkpoint checkpoint = Checkpoint.pending(UUID.randomUUID(), 2, CheckpointOrigin.SCHEDULED,
                CYCLE_START.plusSeconds(3600), "Review cadence P30D");
        assertEquals(CheckpointStatus.PENDING, checkpoint.status);
        assertEquals("cycle 2: 0 objective(s) judged", checkpoint.summary());

        Objective mttr = objective(Direction.LOWER_IS_BETTER, "8", "4", "0");
        checkpoint.results.add(CheckpointResult.judge(mttr, measured("3", CYCLE_START), CYCLE_START));
        checkpoint.results.add(CheckpointResult.judge(mttr, null, CYCLE_START));
        checkpoint.results.add(CheckpointResult.judge(mttr, measured("2", CYCLE_START), CYCLE_START));
        Instant at = CYCLE_START.plusSeconds(7200);
        checkpoint.reviewed(new Actor("admin", "jane.doe@example.com"), at, "well", "wrong");

        assertEquals(CheckpointStatus.REVIEWED, checkpoint.status);
        assertEquals(at, checkpoint.reviewedAt);
        assertEquals("admin", checkpoint.reviewedBy);
        assertEquals("jane.doe@example.com", checkpoint.reviewedOnBehalfOf);
        assertEquals("well", checkpoint.wentWell);
        assertEquals("wrong", checkpoint.wentWrong);
        assertEquals("cycle 2: 3 objective(s) judged, 2 ACHIEVED, 1 NO_DATA", checkpoint.summary());
    }

    @Test
    void eachResultSetsTheObjectiveStatusOfTheSameName() {
        for (ResultStatus status : ResultStatus.values()) {
            assertEquals(status.name(), status.asObjectiveStatus().name());
        }
    }
}
