package org.csi.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** A KPI target's copy is a value of its own, and a missing tolerance allows no miss. */
class KpiTargetTest {

    private static KpiTarget mttr(String tolerance) {
        KpiTarget target = new KpiTarget();
        target.kpiKey = "incident.mttr.hours";
        target.service = "email";
        target.baselineValue = new BigDecimal("8");
        target.targetValue = new BigDecimal("4");
        target.direction = Direction.LOWER_IS_BETTER;
        target.tolerance = tolerance == null ? null : new BigDecimal(tolerance);
        return target;
    }

    @Test
    void copyHasEveryFieldAndChangesApart() {
        KpiTarget original = mttr("0.5");
        KpiTarget copy = original.copy();
        assertNotSame(original, copy);
        assertEquals(original.kpiKey, copy.kpiKey);
        assertEquals(original.service, copy.service);
        assertEquals(original.baselineValue, copy.baselineValue);
        assertEquals(original.targetValue, copy.targetValue);
        assertEquals(original.direction, copy.direction);
        assertEquals(original.tolerance, copy.tolerance);
        copy.targetValue = new BigDecimal("3");
        assertEquals(new BigDecimal("4"), original.targetValue);
    }

    @Test
    void reachedWithinToleranceInTheTargetsDirection() {
        assertTrue(mttr("0.5").reachedBy(new BigDecimal("4.5")));
        assertFalse(mttr("0.5").reachedBy(new BigDecimal("4.6")));
        assertTrue(mttr("0").reachedBy(new BigDecimal("3")));
    }

    @Test
    void noToleranceAllowsNoMiss() {
        assertEquals(BigDecimal.ZERO, mttr(null).toleranceOrZero());
        assertTrue(mttr(null).reachedBy(new BigDecimal("4")));
        assertFalse(mttr(null).reachedBy(new BigDecimal("4.01")));
    }
}
