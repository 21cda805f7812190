package org.csi.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.platform.domain.Direction;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.Violation;
import org.junit.jupiter.api.Test;

/** A target must improve on its baseline; an objective carried into the next cycle starts afresh. */
class ObjectiveRulesTest {

    private static void improvement(Direction direction, String baseline, String target) {
        Objective.requireImprovement("targetValue", direction, baseline == null ? null : new BigDecimal(baseline),
                new BigDecimal(target));
    }

    @Test
    void aTargetMustImproveOnTheBaselineInItsDirection() {
        assertDoesNotThrow(() -> improvement(Direction.LOWER_IS_BETTER, "8", "4"));
        assertDoesNotThrow(() -> improvement(Direction.HIGHER_IS_BETTER, "97", "99.5"));
        assertDoesNotThrow(() -> improvement(Direction.LOWER_IS_BETTER, null, "4"), "no baseline: any target");

        InvalidException worse = assertThrows(InvalidException.class,
                () -> improvement(Direction.LOWER_IS_BETTER, "8.000", "9"));
        assertThrows(InvalidException.class, () -> improvement(Direction.HIGHER_IS_BETTER, "97", "96"));
        assertThrows(InvalidException.class, () -> improvement(Direction.LOWER_IS_BETTER, "8", "8"),
                "equal to the baseline improves nothing");
        assertEquals(List.of(new Violation("targetValue", "must be below the baseline value 8 for LOWER_IS_BETTER")),
                worse.violations());
    }

    @Test
    void aCarriedOverObjectiveKeepsItsTargetAndStartsUnreviewed() {
        Objective old = Examples.objective(UUID.randomUUID());
        old.status = ObjectiveStatus.MISSED;
        old.lastActualValue = new BigDecimal("6.5");
        old.lastReviewedAt = Instant.parse("2027-01-15T09:00:00Z");
        Instant at = Instant.parse("2027-02-01T09:00:00Z");

        Objective next = old.continuedIn(2, at);

        assertNotEquals(old.id, next.id);
        assertEquals(old.id, next.carriedOverFrom);
        assertEquals(old.initiativeId, next.initiativeId);
        assertEquals(2, next.cycle);
        assertEquals(ObjectiveStatus.NOT_REVIEWED, next.status);
        assertNull(next.lastActualValue);
        assertNull(next.lastReviewedAt);
        assertEquals(at, next.createdAt);
        assertEquals(old.name, next.name);
        assertEquals(old.target.kpiKey, next.target.kpiKey);
        assertEquals(old.target.service, next.target.service);
        assertEquals(old.unit, next.unit);
        assertEquals(old.target.baselineValue, next.target.baselineValue);
        assertEquals(old.target.targetValue, next.target.targetValue);
        assertEquals(old.target.direction, next.target.direction);
        assertEquals(old.target.tolerance, next.target.tolerance);
        assertEquals(old.horizon, next.horizon);
        assertEquals(old.dueDate, next.dueDate);
    }
}
