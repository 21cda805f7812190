package org.csi.initiative.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.csi.platform.domain.KpiTarget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * "How do we keep the momentum going?" The watch on an objective's KPI after the objective was achieved or a SIP for
 * it completed. Every newer measurement of the KPI is judged against the objective's target and tolerance
 * ({@link #judge}); the watch says REGRESSED once so many values in a row, or every value over a time window, were
 * outside, and is quiet from then on until a value is back inside (then it watches again, and a later slide is a new
 * regression).
 */
@Entity
@Table(name = "regression_watch")
public class RegressionWatch extends PanacheEntityBase {

    /** What started the watch. */
    public enum StartedBy {
        ACHIEVED, SIP_COMPLETED
    }

    /** What a measurement did to the watch. */
    public enum Verdict {
        /** Nothing changed state (a value inside while watching, or one more outside). */
        NONE,
        /** The first value inside after a SIP completed outside the tolerance: now watching. */
        ARMED,
        /** Slid back outside: emit csi.target.regressed. */
        REGRESSED,
        /** Back inside after a regression: watching again. */
        RECOVERED,
        /** Not newer than the last value judged: ignored. */
        STALE
    }

    /** How a regression was judged. */
    public enum JudgedBy {
        CONSECUTIVE_VALUES, WINDOW
    }

    @Id
    @Column(name = "objective_id")
    public UUID objectiveId;

    @Column(name = "initiative_id", nullable = false)
    public UUID initiativeId;

    @Column(name = "kpi_key", nullable = false)
    public String kpiKey;

    @Column(nullable = false)
    public String service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WatchState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "started_by", nullable = false)
    public StartedBy startedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** The SIP whose completion started the watch; null when an achieved review started it. */
    @Column(name = "sip_id")
    public UUID sipId;

    /** The newest value judged (or the one the watch started from) and when it was measured. */
    @Column(name = "last_value")
    public BigDecimal lastValue;

    @Column(name = "last_measured_at")
    public Instant lastMeasuredAt;

    /** Values in a row outside the tolerance, the latest included; 0 while the KPI is inside. */
    @Column(name = "values_outside", nullable = false)
    public int valuesOutside;

    /** measuredAt of the first value of the current run outside the tolerance; null while the KPI is inside. */
    @Column(name = "outside_since")
    public Instant outsideSince;

    /** How many regressions this watch has seen. */
    @Column(nullable = false)
    public int regressions;

    @Column(name = "last_regressed_at")
    public Instant lastRegressedAt;

    /** How the latest regression was judged. */
    @Enumerated(EnumType.STRING)
    @Column(name = "judged_by")
    public JudgedBy judgedBy;

    @Column(name = "recovered_at")
    public Instant recoveredAt;

    /**
     * A new watch of the objective from a value (null when none is known): WATCHING when that value is inside the
     * tolerance, else AWAITING_TARGET (a SIP completed before the KPI got there: nothing to slide back from yet).
     */
    public static RegressionWatch start(Objective objective, StartedBy by, UUID sipId, BigDecimal value,
            Instant measuredAt, Instant now) {
        RegressionWatch watch = new RegressionWatch();
        watch.objectiveId = objective.id;
        watch.initiativeId = objective.initiativeId;
        watch.kpiKey = objective.target.kpiKey;
        watch.service = objective.target.service;
        watch.startedBy = by;
        watch.startedAt = now;
        watch.sipId = sipId;
        watch.lastValue = value;
        watch.lastMeasuredAt = measuredAt;
        watch.state = value != null && objective.target.reachedBy(value) ? WatchState.WATCHING
                : WatchState.AWAITING_TARGET;
        return watch;
    }

    /** An achieved review of an objective whose watch awaited the target: the KPI is there, so watch it now. */
    public void targetReached(BigDecimal value, Instant measuredAt) {
        if (state == WatchState.AWAITING_TARGET) {
            state = WatchState.WATCHING;
            if (measuredAt != null && (lastMeasuredAt == null || measuredAt.isAfter(lastMeasuredAt))) {
                lastValue = value;
                lastMeasuredAt = measuredAt;
            }
        }
    }

    /**
     * Judges a measurement of the watched KPI against the target. Only a value measured after the last one judged
     * counts (a late or repeated measurement changes nothing). Inside the tolerance: the run outside ends (and a
     * regression recovers); outside while WATCHING: the run grows, and it is a regression once it has
     * {@code consecutiveValues} values or lasts at least {@code window} (null: no window) from its first value.
     */
    public Verdict judge(KpiTarget target, BigDecimal value, Instant measuredAt, int consecutiveValues,
            Duration window, Instant now) {
        if (lastMeasuredAt != null && !measuredAt.isAfter(lastMeasuredAt)) {
            return Verdict.STALE;
        }
        lastValue = value;
        lastMeasuredAt = measuredAt;
        if (target.reachedBy(value)) {
            valuesOutside = 0;
            outsideSince = null;
            WatchState before = state;
            state = WatchState.WATCHING;
            if (before == WatchState.REGRESSED) {
                recoveredAt = now;
                return Verdict.RECOVERED;
            }
            return before == WatchState.AWAITING_TARGET ? Verdict.ARMED : Verdict.NONE;
        }
        if (state == WatchState.AWAITING_TARGET) {
            return Verdict.NONE;
        }
        valuesOutside++;
        if (outsideSince == null) {
            outsideSince = measuredAt;
        }
        if (state == WatchState.REGRESSED) {
            return Verdict.NONE;
        }
        JudgedBy judged = valuesOutside >= consecutiveValues ? JudgedBy.CONSECUTIVE_VALUES
                : window != null && Duration.between(outsideSince, measuredAt).compareTo(window) >= 0 ? JudgedBy.WINDOW
                : null;
        if (judged == null) {
            return Verdict.NONE;
        }
        state = WatchState.REGRESSED;
        regressions++;
        lastRegressedAt = now;
        judgedBy = judged;
        return Verdict.REGRESSED;
    }
}
