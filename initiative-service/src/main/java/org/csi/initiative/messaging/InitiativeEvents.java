package org.csi.initiative.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.events.payload.CheckpointReviewed;
import org.csi.events.payload.CycleStarted;
import org.csi.events.payload.InitiativeClosed;
import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.ObjectiveSet;
import org.csi.events.payload.TargetOutcome;
import org.csi.events.payload.TargetRegressed;
import org.csi.initiative.domain.Checkpoint;
import org.csi.initiative.domain.CheckpointResult;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.ObjectiveStatus;
import org.csi.initiative.domain.RegressionWatch;
import org.csi.platform.domain.KpiTarget;
import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.outbox.Outbox;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place where initiative-service's domain objects become csi-events payloads: each method picks the event
 * type, the subject and the key (always the initiative id, so one initiative's events stay in order) and puts the
 * payload in the outbox, in the caller's transaction. The static methods are the mapping itself, free of any
 * framework, so a plain unit test checks it.
 */
@ApplicationScoped
public class InitiativeEvents {

    private final Outbox outbox;

    InitiativeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Initiative initiative, Actor by) {
        outbox.emit(CsiEventType.INITIATIVE_CREATED, initiative.id, initiative.id, details(initiative, by));
    }

    /** The initiative's new state; call it after a flush, so the version it announces is the new one. */
    public void updated(Initiative initiative, Actor by) {
        outbox.emit(CsiEventType.INITIATIVE_UPDATED, initiative.id, initiative.id, details(initiative, by));
    }

    public void closed(Initiative initiative, String reason, Instant at, Actor by) {
        outbox.emit(CsiEventType.INITIATIVE_CLOSED, initiative.id, initiative.id, closure(initiative, reason, at, by));
    }

    public void objectiveSet(Objective objective, Actor by) {
        outbox.emit(CsiEventType.OBJECTIVE_SET, objective.id, objective.initiativeId, objectiveSetBy(objective, by));
    }

    public void cycleStarted(Initiative initiative, int previousCycle, List<UUID> carriedOver, Instant at, Actor by) {
        outbox.emit(CsiEventType.CYCLE_STARTED, initiative.id, initiative.id,
                cycleStart(initiative, previousCycle, carriedOver, at, by));
    }

    /**
     * A review: one csi.checkpoint.reviewed with every result, then one csi.target.achieved or csi.target.missed per
     * judged objective. A NO_DATA objective gets no target event: no SIP is drafted on a guess.
     */
    public void reviewed(Initiative initiative, Checkpoint checkpoint, List<Objective> objectives, Actor by) {
        outbox.emit(CsiEventType.CHECKPOINT_REVIEWED, checkpoint.id, initiative.id, review(checkpoint, by));
        for (Objective objective : objectives) {
            if (objective.status == ObjectiveStatus.ACHIEVED || objective.status == ObjectiveStatus.MISSED) {
                outbox.emit(objective.status == ObjectiveStatus.ACHIEVED ? CsiEventType.TARGET_ACHIEVED
                        : CsiEventType.TARGET_MISSED, objective.id, initiative.id,
                        outcome(initiative, objective, checkpoint, by));
            }
        }
    }

    /** A watched objective's KPI slid back outside its tolerance (no human acted: initiative-service judged it). */
    public void regressed(Initiative initiative, Objective objective, RegressionWatch watch, int consecutiveValues,
            String window, UUID previousSipId, UUID measurementId, Instant at) {
        outbox.emit(CsiEventType.TARGET_REGRESSED, objective.id, initiative.id,
                regression(initiative, objective, watch, consecutiveValues, window, previousSipId, measurementId, at));
    }

    /** The whole current state of an initiative, and who made the change it reports. */
    static InitiativeDetails details(Initiative i, Actor by) {
        return new InitiativeDetails(i.id, i.title, i.vision, i.focusAreas.stream().map(Enum::name).toList(),
                i.approach, i.lifecyclePhase.name(), List.copyOf(i.services), List.copyOf(i.processes), i.owner,
                List.copyOf(i.stakeholders), i.reviewCadence, i.cycle, i.status.name(), i.version, by.name(),
                by.onBehalfOf(), ItsmLinks.toEvents(i.references),
                org.csi.platform.value.BenefitValue.toEvents(i.expectedBenefits));
    }

    /** An objective's target, naming who set it (or started the cycle that carried it over). */
    static ObjectiveSet objectiveSetBy(Objective o, Actor by) {
        KpiTarget target = o.target;
        return new ObjectiveSet(o.initiativeId, o.id, o.cycle, o.name, target.kpiKey, target.service, o.unit,
                target.baselineValue, target.targetValue, target.direction.name(), target.tolerance, o.horizon.name(),
                o.dueDate, o.carriedOverFrom,
                by.name(), by.onBehalfOf(), ItsmLinks.toEvents(o.references));
    }

    static InitiativeClosed closure(Initiative initiative, String reason, Instant at, Actor by) {
        return new InitiativeClosed(initiative.id, initiative.title, initiative.cycle, reason, at, by.name(),
                by.onBehalfOf(), initiative.outcome == null ? null : initiative.outcome.name(),
                initiative.outcomeCategory == null ? null : initiative.outcomeCategory.name());
    }

    static CycleStarted cycleStart(Initiative initiative, int previousCycle, List<UUID> carriedOver, Instant at,
            Actor by) {
        return new CycleStarted(initiative.id, initiative.title, previousCycle, initiative.cycle, initiative.vision,
                List.copyOf(carriedOver), at, by.name(), by.onBehalfOf());
    }

    /** A reviewed checkpoint with one result per objective it judged. */
    static CheckpointReviewed review(Checkpoint checkpoint, Actor by) {
        return new CheckpointReviewed(checkpoint.initiativeId, checkpoint.id, checkpoint.cycle, checkpoint.reviewedAt,
                checkpoint.wentWell, checkpoint.wentWrong, checkpoint.results.stream().map(InitiativeEvents::result)
                        .toList(), by.name(), by.onBehalfOf());
    }

    private static CheckpointReviewed.Result result(CheckpointResult r) {
        return new CheckpointReviewed.Result(r.objectiveId, r.objectiveName, r.target.kpiKey, r.target.service,
                r.target.targetValue,
                r.actualValue, r.status.name());
    }

    /** One judged objective: everything a Service Improvement Plan needs, so no consumer calls back. */
    static TargetOutcome outcome(Initiative initiative, Objective objective, Checkpoint checkpoint, Actor by) {
        return TargetOutcome.of(details(initiative, by), objectiveSetBy(objective, by), objective.lastActualValue,
                checkpoint.id, checkpoint.reviewedAt);
    }

    /** A regression: the objective, the watch and how the slide was judged (from the watch as judged just now). */
    static TargetRegressed regression(Initiative initiative, Objective objective, RegressionWatch watch,
            int consecutiveValues, String window, UUID previousSipId, UUID measurementId, Instant at) {
        Actor watcher = Actor.system("initiative-service");
        return TargetRegressed.of(details(initiative, watcher), objectiveSetBy(objective, watcher),
                new TargetRegressed.Watch(watch.startedAt, watch.startedBy.name(), previousSipId, watch.regressions),
                new TargetRegressed.Judgement(watch.judgedBy.name(), watch.valuesOutside, consecutiveValues, window,
                        watch.outsideSince, watch.lastValue, watch.lastMeasuredAt, measurementId, at));
    }
}
