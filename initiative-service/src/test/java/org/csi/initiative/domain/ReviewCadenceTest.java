package org.csi.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The cadence rule: one well-formed period between P1D and P5Y, and never a checkpoint due at once again. */
class ReviewCadenceTest {

    @Test
    void wellFormedPeriodsBetweenADayAndFiveYearsAreCadences() {
        for (String cadence : new String[] { "P1D", "P30D", "P2W", "P1M", "P1Y6M", "P5Y", "P60M", "P1Y2M3W4D" }) {
            assertNull(ReviewCadence.problemOf(cadence), cadence);
        }
        assertNull(ReviewCadence.problemOf(null), "no cadence: no scheduled reviews");
    }

    @Test
    void zeroRepeatedHugeAndMalformedPeriodsAreNot() {
        for (String cadence : new String[] { "P0D", "P0Y0M0D", "P1Y1Y", "P99999999Y", "P6Y", "P5Y1D", "P", "PT1H",
                "P-1D", "p30d", "P1D1M", " P1D", "P1.5D", "" }) {
            assertNotNull(ReviewCadence.problemOf(cadence), cadence);
        }
    }

    @Test
    void aStoredZeroCadenceStillPlansADayAhead() {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        assertEquals(now.plus(Duration.ofDays(1)), ReviewCadence.next("P0D", now, now));
        assertTrue(ReviewCadence.next("P30D", now.minus(Duration.ofDays(90)), now).isAfter(now), "never in the past");
    }
}
