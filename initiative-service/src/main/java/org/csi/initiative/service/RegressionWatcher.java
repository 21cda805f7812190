package org.csi.initiative.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.events.payload.MeasurementRecorded;
import org.csi.initiative.domain.Checkpoint;
import org.csi.initiative.domain.CheckpointResult;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.InitiativeStatus;
import org.csi.initiative.domain.MeasurementProjection;
import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.RegressionWatch;
import org.csi.initiative.domain.ResultStatus;
import org.csi.initiative.domain.SipProjection;
import org.csi.initiative.messaging.InitiativeEvents;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Keeps the KPI of an objective watched after success: an achieved review or a completed SIP starts the watch, and
 * each newer measurement of the KPI is judged by {@link RegressionWatch#judge}. A regression emits one
 * csi.target.regressed (key: the initiative id) in the same transaction; the inbox dedups a redelivered measurement
 * on its ce_id, and a measurement not newer than the last one judged changes nothing, so a regression is told once.
 * <p>
 * Locking: the watch rows of a KPI are locked (FOR UPDATE) before they are judged; a review or a SIP completion locks
 * the initiative row first and then the watch, so a watch is never created twice nor judged by two at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegressionWatcher {

    private static final Logger LOG = Logger.getLogger(RegressionWatcher.class);

    private final EntityManager em;
    private final InitiativeEvents events;
    private final RegressionSettings settings;
    private final InitiativeLocks locks;

    RegressionWatcher(EntityManager em, InitiativeEvents events, RegressionSettings settings, InitiativeLocks locks) {
        this.em = em;
        this.events = events;
        this.settings = settings;
        this.locks = locks;
    }

    /** A review (its initiative row locked by the caller): every ACHIEVED objective is watched from the value judged. */
    public void reviewed(Checkpoint checkpoint, List<Objective> objectives, Instant at) {
        for (CheckpointResult result : checkpoint.results) {
            if (result.status != ResultStatus.ACHIEVED) {
                continue;
            }
            Objective objective = objectives.stream().filter(o -> o.id.equals(result.objectiveId)).findFirst()
                    .orElse(null);
            if (objective == null) {
                continue;
            }
            RegressionWatch watch = locked(objective.id);
            if (watch == null) {
                RegressionWatch.start(objective, RegressionWatch.StartedBy.ACHIEVED, null, result.actualValue,
                        result.measuredAt, at).persist();
            } else {
                watch.targetReached(result.actualValue, result.measuredAt);
            }
        }
    }

    /**
     * A SIP of the objective completed: its KPI is watched from the latest value known (AWAITING_TARGET while that is
     * still outside the tolerance). An objective already watched keeps its watch.
     */
    public void sipCompleted(UUID objectiveId, UUID sipId, Instant at) {
        Objective objective = Objective.findById(objectiveId);
        if (objective == null) {
            return;
        }
        locks.lock(objective.initiativeId);
        if (locked(objectiveId) != null) {
            return;
        }
        Optional<MeasurementProjection> latest = MeasurementProjection.of(objective.target);
        RegressionWatch.start(objective, RegressionWatch.StartedBy.SIP_COMPLETED, sipId,
                latest.map(m -> m.reading.value).orElse(null), latest.map(m -> m.reading.measuredAt).orElse(null), at)
                .persist();
    }

    /** A measurement: judged by every watch of its KPI and service whose objective is still watched. */
    public void measured(MeasurementRecorded measurement) {
        List<RegressionWatch> watches = em.createQuery(
                "from RegressionWatch w where w.kpiKey = ?1 and w.service = ?2 order by w.objectiveId",
                RegressionWatch.class).setParameter(1, measurement.kpiKey()).setParameter(2, measurement.service())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = Instant.now();
        for (RegressionWatch watch : watches) {
            Objective objective = Objective.findById(watch.objectiveId);
            Initiative initiative = Initiative.findById(watch.initiativeId);
            if (!stillWatched(initiative, objective)) {
                continue;
            }
            RegressionSettings.Effective rule = settings.of(objective);
            RegressionWatch.Verdict verdict = watch.judge(objective.target, measurement.value(),
                    measurement.measuredAt(), rule.consecutiveValues(), rule.window(), now);
            if (verdict == RegressionWatch.Verdict.REGRESSED) {
                LOG.infof("Objective %s regressed (%s, %d values outside since %s); csi.target.regressed",
                        objective.id, watch.judgedBy, watch.valuesOutside, watch.outsideSince);
                events.regressed(initiative, objective, watch, rule.consecutiveValues(), rule.windowText(),
                        previousSip(objective.id), measurement.measurementId(), now);
            } else if (verdict == RegressionWatch.Verdict.RECOVERED) {
                LOG.infof("Objective %s recovered from its regression (value %s)", objective.id, measurement.value());
            }
        }
    }

    /** The watch of an objective, locked; null when it has none. */
    public RegressionWatch locked(UUID objectiveId) {
        return em.find(RegressionWatch.class, objectiveId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A closed initiative's objectives are no longer watched, nor is an objective continued into a next cycle (the
     * new objective carries its target on, and is watched once it is achieved or its SIP completes).
     */
    private static boolean stillWatched(Initiative initiative, Objective objective) {
        return initiative != null && objective != null && initiative.status == InitiativeStatus.ACTIVE
                && Objective.count("carriedOverFrom", objective.id) == 0;
    }

    /** The SIP a regression follows: the objective's latest completed SIP, else its latest SIP; null without any. */
    static UUID previousSip(UUID objectiveId) {
        List<SipProjection> sips = SipProjection.ofObjective(objectiveId);
        Comparator<SipProjection> byTime = Comparator.comparing(s -> s.changedAt);
        return sips.stream().filter(s -> "COMPLETED".equals(s.status)).max(byTime)
                .or(() -> sips.stream().max(byTime)).map(s -> s.sipId).orElse(null);
    }
}
