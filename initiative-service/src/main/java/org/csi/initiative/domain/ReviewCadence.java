package org.csi.initiative.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The ISO-8601 period between scheduled checkpoints (e.g. P30D, P1M), applied in UTC. A cadence is one well-formed
 * period of years, months, weeks and days, each unit at most once and in that order, between {@link #SHORTEST} and
 * {@link #LONGEST}: a cadence of zero (P0D) would make the scheduler review and re-plan the same checkpoint on every
 * scan, and one of a million years is no schedule.
 */
public final class ReviewCadence {

    public static final Period SHORTEST = Period.ofDays(1);
    public static final Period LONGEST = Period.ofYears(5);
    /** Each unit once and in order, at most four digits each (Period.parse alone takes P-1D and P99999999Y). */
    private static final Pattern FORM = Pattern.compile("P(?=\\d)(\\d{1,4}Y)?(\\d{1,4}M)?(\\d{1,4}W)?(\\d{1,4}D)?");
    /** Lengths are compared from a fixed day, so the rule does not depend on today's month lengths. */
    private static final LocalDate REFERENCE = LocalDate.of(2001, 1, 1);

    private ReviewCadence() {
    }

    /** One period of years, months, weeks and days, each once and in order; says nothing about its length. */
    public static boolean isWellFormed(String cadence) {
        return cadence != null && FORM.matcher(cadence).matches();
    }

    /** @return why the cadence is refused, or null when it is fine (null is fine too: no scheduled reviews) */
    public static String problemOf(String cadence) {
        if (cadence == null) {
            return null;
        }
        if (!FORM.matcher(cadence).matches()) {
            return "must be one ISO-8601 period such as P30D, P2W or P1M (years, months, weeks, days, each once)";
        }
        LocalDate end = REFERENCE.plus(Period.parse(cadence));
        if (end.isBefore(REFERENCE.plus(SHORTEST)) || end.isAfter(REFERENCE.plus(LONGEST))) {
            return "must be between " + SHORTEST + " and " + LONGEST;
        }
        return null;
    }

    /**
     * The next due time one cadence after {@code from}; never in the past, so a long outage does not replay reviews.
     * A cadence stored before the rule above (P0D) is read as the shortest one, so it can never plan a checkpoint
     * that is due at once again.
     */
    public static Instant next(String cadence, Instant from, Instant now) {
        Period period = problemOf(cadence) == null ? Period.parse(cadence) : SHORTEST;
        Instant next = from.atOffset(ZoneOffset.UTC).plus(period).toInstant();
        return next.isAfter(now) ? next : now.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }
}
