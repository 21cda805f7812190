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
import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.itsm.ItsmRecordKey;

import io.quarkus.panache.common.Sort;

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
        ItsmLinks.replace(objective.references, command.references(), "references", command.by().name(),
                objective.createdAt);
        objective.regressionConsecutiveValues = command.regressionConsecutiveValues();
        objective.regressionWindow = RegressionSettings.checkWindow("regressionWatch.window", command.regressionWindow());
        objective.persist();
        history.record(initiative.id, "OBJECTIVE", objective.id, "SET", command.by(), objective.name + " (cycle "
                + objective.cycle + ")", objective.createdAt);
        events.objectiveSet(objective, command.by());
        return new ObjectiveWithSips(objective, List.of(), null, regression.of(objective));
    }

    /**
     * The objectives of one cycle (the current one when cycle is null); with {@code ref} (system:type:id) only those
     * that refer to that ITSM record.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObjectiveWithSips> list(UUID initiativeId, Integer cycle, String ref) {
        Initiative initiative = Initiative.<Initiative>findByIdOptional(initiativeId)
                .orElseThrow(() -> new NotFoundException("Initiative", initiativeId));
        int which = cycle == null ? initiative.cycle : cycle;
        List<Objective> found;
        if (ref == null) {
            found = Objective.ofCycle(initiativeId, which);
        } else {
            ItsmRecordKey record = ItsmRecordKey.parse("ref", ref);
            found = Objective.list("initiativeId = ?1 and cycle = ?2 and id in (select o.id from Objective o join "
                    + "o.references r where r.system = ?3 and r.type = ?4 and r.recordId = ?5)",
                    Sort.ascending("createdAt", "id"), initiativeId, which, record.system(), record.type(), record.id());
        }
        return found.stream().map(o -> ObjectiveWithSips.load(o, regression)).toList();
    }

    /**
     * Adds a reference to an ITSM record to an objective of any cycle (or refreshes its URL and title); no event:
     * csi.objective.set carries the references given when the objective was set.
     */
    public Linked<ObjectiveWithSips> link(LinkItsmRecord command) {
        locks.lock(command.initiativeId());
        Objective objective = find(command.initiativeId(), command.objectiveId());
        ItsmLinks.Change change = ItsmLinks.add(objective.references, command.reference(),
                "Objective " + objective.id, command.by().name(), Instant.now());
        if (change != ItsmLinks.Change.UNCHANGED) {
            history.record(objective.initiativeId, "OBJECTIVE", objective.id, change == ItsmLinks.Change.ADDED
                    ? "REFERENCE_ADDED" : "REFERENCE_UPDATED", command.by(), command.reference().key().toString(),
                    Instant.now());
        }
        return new Linked<>(ObjectiveWithSips.load(objective, regression), change == ItsmLinks.Change.ADDED);
    }

    /** Removes the reference to an ITSM record from an objective; 404 when it has none to it. */
    public ObjectiveWithSips unlink(UnlinkItsmRecord command) {
        locks.lock(command.initiativeId());
        Objective objective = find(command.initiativeId(), command.objectiveId());
        if (!ItsmLinks.remove(objective.references, command.record())) {
            throw new NotFoundException("Reference", command.record() + " of objective " + objective.id);
        }
        history.record(objective.initiativeId, "OBJECTIVE", objective.id, "REFERENCE_REMOVED", command.by(),
                command.record().toString(), Instant.now());
        return ObjectiveWithSips.load(objective, regression);
    }

    private static Objective find(UUID initiativeId, UUID objectiveId) {
        return Objective.<Objective>findByIdOptional(objectiveId).filter(o -> o.initiativeId.equals(initiativeId))
                .orElseThrow(() -> new NotFoundException("Objective", objectiveId));
    }

    /** One objective of the initiative, with its SIPs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectiveWithSips get(UUID initiativeId, UUID objectiveId) {
        return Objective.<Objective>findByIdOptional(objectiveId).filter(o -> o.initiativeId.equals(initiativeId))
                .map(o -> ObjectiveWithSips.load(o, regression)).orElseThrow(() -> new NotFoundException("Objective", objectiveId));
    }
}
