package org.csi.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A KPI reading holds what it is given, and counts for a period from its start on. */
class KpiReadingTest {

    private static final Instant AT = Instant.parse("2030-04-29T23:00:00Z");

    @Test
    void holdsValueUnitAndTime() {
        KpiReading reading = KpiReading.of(new BigDecimal("6.5"), "hours", AT);
        assertEquals(new BigDecimal("6.5"), reading.value);
        assertEquals("hours", reading.unit);
        assertEquals(AT, reading.measuredAt);
        assertNull(KpiReading.of(BigDecimal.ONE, null, AT).unit, "a unit is optional");
    }

    @Test
    void measuredSinceCountsTheStartItself() {
        KpiReading reading = KpiReading.of(BigDecimal.ONE, null, AT);
        assertTrue(reading.measuredSince(AT.minusSeconds(1)));
        assertTrue(reading.measuredSince(AT));
        assertFalse(reading.measuredSince(AT.plusSeconds(1)));
    }
}
