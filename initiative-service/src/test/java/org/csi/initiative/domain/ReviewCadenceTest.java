package org.csi.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Random;

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

    /**
     * On 500 generated cadences, start points and clocks (fixed seed): the next due time is always after now, and
     * exactly one cadence after the start when that is still ahead, so a review is never due at once nor skipped.
     */
    @Test
    void theNextDueTimeIsAlwaysAheadAndOneCadenceAfterTheStartWhenItCanBe() {
        Random random = new Random(20261202L);
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        for (int i = 0; i < 500; i++) {
            String cadence = "P" + (1 + random.nextInt(24)) + "M" + random.nextInt(31) + "D";
            Instant from = now.plusSeconds(random.nextLong(-3 * 365 * 86_400L, 3 * 365 * 86_400L));
            Instant next = ReviewCadence.next(cadence, from, now);

            assertNull(ReviewCadence.problemOf(cadence), cadence);
            assertTrue(next.isAfter(now), cadence + " from " + from);
            Instant oneAfterStart = from.atOffset(ZoneOffset.UTC).plus(Period.parse(cadence)).toInstant();
            assertEquals(oneAfterStart.isAfter(now) ? oneAfterStart
                    : now.atOffset(ZoneOffset.UTC).plus(Period.parse(cadence)).toInstant(), next, cadence);
        }
    }
}
