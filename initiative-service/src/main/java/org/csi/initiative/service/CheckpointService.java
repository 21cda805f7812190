package org.csi.initiative.service;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.csi.initiative.domain.Checkpoint;
import org.csi.initiative.domain.CheckpointOrigin;
import org.csi.initiative.domain.CheckpointResult;
import org.csi.initiative.domain.CheckpointStatus;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.InitiativeCycle;
import org.csi.initiative.domain.InitiativeStatus;
import org.csi.initiative.domain.MeasurementProjection;
import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.ReviewCadence;
import org.csi.initiative.messaging.InitiativeEvents;
import org.csi.platform.domain.ConflictException;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.history.History;
import org.csi.platform.identity.Actor;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** "Did we get there?" Checkpoints, their reviews and the events a review publishes. */
@ApplicationScoped
@Transactional
public class CheckpointService {

    /** Who a review by the scheduler is recorded as. */
    public static final String SCHEDULER = Actor.SCHEDULER.name();
    /** Due times this far in the past are still accepted, for clients whose clocks run a little ahead. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final InitiativeEvents events;
    private final InitiativeLocks locks;
    private final EntityManager em;
    private final History history;
    /** Regression watch (issue 17 part 3); a field so the constructor others extend stays as it is. */
    @jakarta.inject.Inject
    RegressionWatcher watcher;

    CheckpointService(InitiativeEvents events, InitiativeLocks locks, EntityManager em, History history) {
        this.events = events;
        this.locks = locks;
        this.em = em;
        this.history = history;
    }

    public Checkpoint plan(PlanCheckpoint command) {
        Instant now = Instant.now();
        if (command.dueAt().isBefore(now.minus(CLOCK_SKEW))) {
            throw new InvalidException("dueAt", "must not be in the past");
        }
        Initiative initiative = locks.lockActive(command.initiativeId(), "plan a checkpoint");
        Checkpoint checkpoint = Checkpoint.pending(initiative.id, initiative.cycle, CheckpointOrigin.EXPLICIT,
                command.dueAt(), command.note());
        checkpoint.persist();
        history.record(initiative.id, "CHECKPOINT", checkpoint.id, "PLANNED", command.by(),
                "cycle " + checkpoint.cycle + ", due " + checkpoint.dueAt, now);
        return checkpoint;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Checkpoint> list(UUID initiativeId, Integer cycle, CheckpointStatus status) {
        Initiative.<Initiative>findByIdOptional(initiativeId).orElseThrow(() -> new NotFoundException("Initiative", initiativeId));
        StringBuilder query = new StringBuilder("initiativeId = :initiative");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("initiative", initiativeId);
        if (cycle != null) {
            query.append(" and cycle = :cycle");
            params.put("cycle", cycle);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        return Checkpoint.list(query.toString(), Sort.ascending("dueAt", "id"), params);
    }

    /** One checkpoint of the initiative, with its results. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Checkpoint get(UUID initiativeId, UUID checkpointId) {
        return Checkpoint.<Checkpoint>findByIdOptional(checkpointId).filter(c -> c.initiativeId.equals(initiativeId))
                .orElseThrow(() -> new NotFoundException("Checkpoint", checkpointId));
    }

    /** Reviews a checkpoint on demand, before or after its due time; a checkpoint is reviewed once (409 after). */
    public Checkpoint review(ReviewCheckpoint command) {
        UUID checkpointId = command.checkpointId();
        Initiative initiative = locks.lock(command.initiativeId());
        Checkpoint checkpoint = get(command.initiativeId(), checkpointId);
        em.refresh(checkpoint); // the initiative lock was granted after a concurrent review may have committed
        if (checkpoint.status != CheckpointStatus.PENDING) {
            throw new ConflictException("Checkpoint " + checkpointId + " is " + checkpoint.status + "; it is reviewed only once");
        }
        review(initiative, checkpoint, command.by(), command.wentWell(), command.wentWrong());
        return checkpoint;
    }

    /** Reviews the most overdue due checkpoint of any initiative; see {@link #reviewNextDue(Set)}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean reviewNextDue() {
        return reviewNextDue(Set.of()).isPresent();
    }

    /**
     * Claims the most overdue pending checkpoint of an initiative not in {@code skip} and reviews it, in this one
     * transaction. SKIP LOCKED on the checkpoint and its initiative lets several instances scan at once without
     * reviewing one checkpoint twice, and never waits for a request that holds the initiative. The scheduler passes
     * the initiatives it already reviewed in the scan, so one initiative is reviewed at most once per scan and the
     * most overdue checkpoints of all the others come first: no initiative can use up a scan's batch.
     *
     * @return the initiative reviewed; empty when nothing is due
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UUID> reviewNextDue(Set<UUID> skip) {
        @SuppressWarnings("unchecked")
        List<UUID> claimed = em.createNativeQuery("SELECT c.id FROM checkpoint c JOIN initiative i ON i.id = c.initiative_id"
                + " WHERE c.status = 'PENDING' AND c.due_at <= ?1"
                + " AND NOT (c.initiative_id = ANY (CAST(string_to_array(?2, ',') AS uuid[])))"
                + " ORDER BY c.due_at, c.id LIMIT 1"
                + " FOR NO KEY UPDATE OF c, i SKIP LOCKED", UUID.class)
                .setParameter(1, Instant.now())
                .setParameter(2, String.join(",", skip.stream().map(UUID::toString).toList()))
                .getResultList();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Checkpoint checkpoint = em.find(Checkpoint.class, claimed.get(0));
        em.refresh(checkpoint);
        Initiative initiative = em.find(Initiative.class, checkpoint.initiativeId);
        em.refresh(initiative);
        review(initiative, checkpoint, Actor.SCHEDULER, null, null);
        return Optional.of(initiative.id);
    }

    /** Plans the next cadence checkpoint of the current cycle, one cadence after {@code from}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduleNext(Initiative initiative, Instant from) {
        if (initiative.reviewCadence == null || initiative.status != InitiativeStatus.ACTIVE) {
            return;
        }
        Checkpoint.pending(initiative.id, initiative.cycle, CheckpointOrigin.SCHEDULED,
                ReviewCadence.next(initiative.reviewCadence, from, Instant.now()), "Review cadence " + initiative.reviewCadence)
                .persist();
    }

    /** Cancels the pending checkpoints of an initiative (of one origin, or all when origin is null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelPending(UUID initiativeId, CheckpointOrigin origin) {
        List<Checkpoint> pending = origin == null
                ? Checkpoint.list("initiativeId = ?1 and status = ?2", initiativeId, CheckpointStatus.PENDING)
                : Checkpoint.list("initiativeId = ?1 and status = ?2 and origin = ?3", initiativeId,
                        CheckpointStatus.PENDING, origin);
        pending.forEach(c -> c.status = CheckpointStatus.CANCELLED);
    }

    /**
     * Judges every objective of the checkpoint's cycle against the latest measurement of its KPI and service (see
     * {@link CheckpointResult#judge}), records the review and publishes its events.
     */
    private void review(Initiative initiative, Checkpoint checkpoint, Actor by, String wentWell, String wentWrong) {
        Instant now = Instant.now();
        Instant cycleStart = InitiativeCycle.of(initiative.id, checkpoint.cycle).startedAt;
        List<Objective> objectives = Objective.ofCycle(initiative.id, checkpoint.cycle);
        for (Objective objective : objectives) {
            CheckpointResult result = CheckpointResult.judge(objective,
                    MeasurementProjection.of(objective.target).orElse(null), cycleStart);
            checkpoint.results.add(result);
            objective.judged(result, now);
        }
        checkpoint.reviewed(by, now, wentWell, wentWrong);
        history.record(initiative.id, "CHECKPOINT", checkpoint.id, "REVIEWED", by, checkpoint.summary(), now);

        events.reviewed(initiative, checkpoint, objectives, by);
        watcher.reviewed(checkpoint, objectives, now); // an achieved objective's KPI stays watched
        if (checkpoint.origin == CheckpointOrigin.SCHEDULED && checkpoint.cycle == initiative.cycle) {
            scheduleNext(initiative, checkpoint.dueAt);
        }
    }
}
