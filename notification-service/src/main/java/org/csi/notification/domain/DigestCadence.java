package org.csi.notification.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * How often an audience gets its digest. Periods are UTC days and ISO weeks (Monday to Monday); a digest covers what
 * arrived until its period ended and is sent after that. {@code NONE}: no digest at all (the events not told at once
 * are not kept for one); it has no periods.
 */
public enum DigestCadence {
    DAILY, WEEKLY, NONE;

    /** The start of the period {@code at} falls in. */
    public Instant periodStart(Instant at) {
        return switch (this) {
            case DAILY -> at.truncatedTo(ChronoUnit.DAYS);
            case WEEKLY -> at.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
            case NONE -> throw new IllegalStateException("NONE is no digest: it has no periods");
        };
    }

    public Duration length() {
        return switch (this) {
            case DAILY -> Duration.ofDays(1);
            case WEEKLY -> Duration.ofDays(7);
            case NONE -> throw new IllegalStateException("NONE is no digest: it has no periods");
        };
    }

    /**
     * Periods of a fixed length counted from the epoch: what {@code csi.digest.period-override} uses (e.g. PT10S in a
     * test) instead of days and weeks.
     */
    public static Instant fixedPeriodStart(Instant at, Duration length) {
        long millis = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), millis) * millis);
    }
}
