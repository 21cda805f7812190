package org.csi.initiative.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** The ISO-8601 period between scheduled checkpoints (e.g. P30D, P1M), applied in UTC. */
public final class ReviewCadence {

    private ReviewCadence() {
    }

    /** The next due time one cadence after {@code from}; never in the past, so a long outage does not replay reviews. */
    public static Instant next(String cadence, Instant from, Instant now) {
        Period period = Period.parse(cadence);
        Instant next = from.atOffset(ZoneOffset.UTC).plus(period).toInstant();
        return next.isAfter(now) ? next : now.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }
}
