package org.csi.initiative.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.InitiativeCycle;
import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.ObjectiveStatus;
import org.csi.initiative.messaging.InitiativeEvents;
import org.csi.initiative.service.StartNextCycle.RaisedTarget;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.history.History;
import org.csi.platform.identity.Actor;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** "How do we keep the momentum going?" Ending one improvement cycle and opening the next. */
@ApplicationScoped
@Transactional
public class CycleService {

    private final InitiativeEvents events;
    private final InitiativeLocks locks;
    private final CheckpointService checkpoints;
    private final History history;

    CycleService(InitiativeEvents events, InitiativeLocks locks, CheckpointService checkpoints, History history) {
        this.events = events;
        this.locks = locks;
        this.checkpoints = checkpoints;
        this.history = history;
    }

    /**
     * Ends the current cycle and opens the next: objectives not achieved (missed, no data, not yet reviewed) continue
     * unchanged; achieved ones continue only when a raised target is given for them. Pending checkpoints of the ended
     * cycle are cancelled and the cadence starts again from now.
     */
    public Initiative startNext(StartNextCycle command) {
        Actor by = command.by();
        Initiative initiative = locks.lockActive(command.initiativeId(), "start a new cycle");
        command.expected().verify(initiative.version);
        List<Objective> current = Objective.ofCycle(initiative.id, initiative.cycle);
        Map<UUID, RaisedTarget> raised = raisedTargets(command.raisedTargets(), current);

        Instant now = Instant.now();
        int previous = initiative.cycle;
        InitiativeCycle.of(initiative.id, previous).endedAt = now;
        initiative.cycle = previous + 1;
        if (command.vision() != null && !command.vision().isBlank()) {
            initiative.vision = command.vision().strip();
        }
        initiative.updatedAt = now;
        InitiativeCycle next = new InitiativeCycle();
        next.initiativeId = initiative.id;
        next.cycle = initiative.cycle;
        next.vision = initiative.vision;
        next.startedAt = now;
        next.persist();

        List<UUID> carriedOver = new ArrayList<>();
        List<Objective> continued = new ArrayList<>();
        for (Objective old : current) {
            RaisedTarget raise = raised.get(old.id);
            if (old.status == ObjectiveStatus.ACHIEVED && raise == null) {
                continue; // reached: it ends with its cycle
            }
            // micro-steps keep the order of the ended cycle (the database stores microseconds)
            Objective copy = old.continuedIn(initiative.cycle, now.plusNanos(1_000L * continued.size()));
            if (raise != null) {
                copy.target.baselineValue = raise.baselineValue() != null ? raise.baselineValue() : old.lastActualValue;
                copy.target.targetValue = raise.targetValue();
                copy.target.tolerance = raise.tolerance() != null ? raise.tolerance() : old.target.tolerance;
                copy.dueDate = raise.dueDate() != null ? raise.dueDate() : old.dueDate;
            }
            copy.persist();
            carriedOver.add(old.id);
            continued.add(copy);
        }
        checkpoints.cancelPending(initiative.id, null);
        checkpoints.scheduleNext(initiative, now);
        Initiative.getEntityManager().flush(); // raises the @Version announced below
        history.record(initiative.id, "CYCLE", initiative.id, "STARTED", by, "cycle " + initiative.cycle + " after "
                + previous + ", " + carriedOver.size() + " objective(s) carried over", now);

        events.cycleStarted(initiative, previous, carriedOver, now, by);
        continued.forEach(objective -> events.objectiveSet(objective, by));
        events.updated(initiative, by);
        return initiative;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InitiativeCycle> history(UUID initiativeId) {
        Initiative.<Initiative>findByIdOptional(initiativeId).orElseThrow(() -> new NotFoundException("Initiative", initiativeId));
        return InitiativeCycle.list("initiativeId", Sort.ascending("cycle"), initiativeId);
    }

    private static Map<UUID, RaisedTarget> raisedTargets(List<RaisedTarget> raisedTargets, List<Objective> current) {
        Map<UUID, RaisedTarget> raised = new HashMap<>();
        Map<UUID, Objective> byId = new HashMap<>();
        current.forEach(o -> byId.put(o.id, o));
        for (int i = 0; i < raisedTargets.size(); i++) {
            RaisedTarget raise = raisedTargets.get(i);
            String field = "raisedTargets[" + i + "]";
            Objective old = byId.get(raise.objectiveId());
            if (old == null) {
                throw new InvalidException(field + ".objectiveId", "is not an objective of the current cycle");
            }
            if (old.status != ObjectiveStatus.ACHIEVED) {
                throw new InvalidException(field + ".objectiveId", "is " + old.status
                        + "; only achieved objectives get a raised target (the others are carried over as they are)");
            }
            if (raised.put(old.id, raise) != null) {
                throw new InvalidException(field + ".objectiveId", "is listed twice");
            }
            BigDecimal baseline = raise.baselineValue() != null ? raise.baselineValue() : old.lastActualValue;
            Objective.requireImprovement(field + ".targetValue", old.target.direction, baseline, raise.targetValue());
        }
        return raised;
    }
}
