package org.csi.initiative.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.ObjectiveStatus;
import org.csi.initiative.messaging.InitiativeEvents;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.history.History;
import org.csi.platform.identity.Actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** "Where do we want to be?" Objectives with measurable targets. */
@ApplicationScoped
@Transactional
public class ObjectiveService {

    private final InitiativeEvents events;
    private final InitiativeLocks locks;
    private final History history;
    /** Regression watch settings (issue 17 part 3); a field so the constructor others extend stays as it is. */
    @jakarta.inject.Inject
    RegressionSettings regression;

    ObjectiveService(InitiativeEvents events, InitiativeLocks locks, History history) {
        this.events = events;
        this.locks = locks;
        this.history = history;
    }

    /** Adds an objective to the current cycle; 409 on a CLOSED initiative. A new objective has no SIPs yet. */
    public ObjectiveWithSips set(SetObjective command) {
        BigDecimal tolerance = command.tolerance() == null ? BigDecimal.ZERO : command.tolerance();
        Objective.requireImprovement("targetValue", command.direction(), command.baselineValue(), command.targetValue());
        Initiative initiative = locks.lockActive(command.initiativeId(), "set objectives");
        Objective objective = new Objective();
        objective.id = UUID.randomUUID();
        objective.initiativeId = initiative.id;
        objective.cycle = initiative.cycle;
        objective.name = command.name().strip();
        objective.target.kpiKey = command.kpiKey();
        objective.target.service = command.service().strip();
        objective.unit = command.unit();
        objective.target.baselineValue = command.baselineValue();
        objective.target.targetValue = command.targetValue();
        objective.target.direction = command.direction();
        objective.target.tolerance = tolerance;
        objective.horizon = command.horizon();
        objective.dueDate = command.dueDate();
        objective.status = ObjectiveStatus.NOT_REVIEWED;
        objective.createdAt = Instant.now();
        objective.regressionConsecutiveValues = command.regressionConsecutiveValues();
        objective.regressionWindow = RegressionSettings.checkWindow("regressionWatch.window", command.regressionWindow());
        objective.persist();
        history.record(initiative.id, "OBJECTIVE", objective.id, "SET", command.by(), objective.name + " (cycle "
                + objective.cycle + ")", objective.createdAt);
        events.objectiveSet(objective, command.by());
        return new ObjectiveWithSips(objective, List.of(), null, regression.of(objective));
    }

    /** The objectives of one cycle (the current one when cycle is null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObjectiveWithSips> list(UUID initiativeId, Integer cycle) {
        Initiative initiative = Initiative.<Initiative>findByIdOptional(initiativeId)
                .orElseThrow(() -> new NotFoundException("Initiative", initiativeId));
        return Objective.ofCycle(initiativeId, cycle == null ? initiative.cycle : cycle).stream()
                .map(o -> ObjectiveWithSips.load(o, regression)).toList();
    }

    /** One objective of the initiative, with its SIPs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectiveWithSips get(UUID initiativeId, UUID objectiveId) {
        return Objective.<Objective>findByIdOptional(objectiveId).filter(o -> o.initiativeId.equals(initiativeId))
                .map(o -> ObjectiveWithSips.load(o, regression)).orElseThrow(() -> new NotFoundException("Objective", objectiveId));
    }
}
