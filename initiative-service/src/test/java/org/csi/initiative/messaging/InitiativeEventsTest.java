package org.csi.initiative.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.csi.events.CsiContract;
import org.csi.events.CsiEventType;
import org.csi.events.payload.CheckpointReviewed;
import org.csi.events.payload.CycleStarted;
import org.csi.events.payload.InitiativeClosed;
import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.ObjectiveSet;
import org.csi.events.payload.Stakeholder;
import org.csi.events.payload.TargetOutcome;
import org.csi.initiative.domain.Checkpoint;
import org.csi.initiative.domain.CheckpointOrigin;
import org.csi.initiative.domain.CheckpointResult;
import org.csi.initiative.domain.Examples;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.MeasurementProjection;
import org.csi.initiative.domain.Objective;
import org.csi.platform.domain.KpiReading;
import org.csi.platform.identity.Actor;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * What {@link InitiativeEvents} puts in the outbox for an initiative, an objective, a review, a cycle and a closure:
 * every field mapped, who acted named, and the JSON
 * valid against the schema the contract publishes (what Outbox.emit checks at run time, here without a database).
 */
class InitiativeEventsTest {

    /** Serialised as Quarkus's mapper does: java.time as ISO-8601 text. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static void assertConforms(CsiEventType type, Object payload) {
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(CsiContract.schema(type)).validate(JSON.valueToTree(payload));
        assertEquals(Set.of(), errors, type + " " + payload);
    }

    private static Initiative initiative() {
        return Examples.initiative();
    }

    private static Objective objective(UUID initiativeId) {
        return Examples.objective(initiativeId);
    }

    @Test
    void anInitiativeTellsItsWholeStateAndWhoChangedIt() {
        InitiativeDetails details = InitiativeEvents.details(initiative(),
                new Actor("admin", "maria.keller@example.com"));

        assertEquals(new InitiativeDetails(initiative().id, "Stabilise e-mail", "E-mail restored within 4 hours",
                List.of("SERVICE_QUALITY"), "Formalise incident management", "SERVICE_OPERATION", List.of("email"),
                List.of("Incident Management"), "maria.keller@example.com",
                List.of(new Stakeholder("Jane Doe", "jane.doe@example.com", "Service owner")), "P30D", 1, "ACTIVE", 3L,
                "admin", "maria.keller@example.com", List.of(), null), details);
        assertConforms(CsiEventType.INITIATIVE_CREATED, details);
        assertConforms(CsiEventType.INITIATIVE_UPDATED,
                InitiativeEvents.details(initiative(), Actor.of("maria.keller@example.com")));
    }

    @Test
    void theDetailsAreACopyThatLaterChangesDoNotReach() {
        Initiative initiative = initiative();
        InitiativeDetails details = InitiativeEvents.details(initiative, Actor.of("maria.keller@example.com"));

        initiative.services.add("calendar");

        assertEquals(List.of("email"), details.services());
    }

    @Test
    void anObjectiveTellsItsTargetAndWhoSetIt() {
        Objective objective = objective(initiative().id);
        ObjectiveSet set = InitiativeEvents.objectiveSetBy(objective, Actor.SCHEDULER);

        assertEquals(objective.initiativeId, set.initiativeId());
        assertEquals(objective.id, set.objectiveId());
        assertEquals(2, set.cycle());
        assertEquals("LOWER_IS_BETTER", set.direction());
        assertEquals("SHORT_TERM", set.horizon());
        assertEquals(objective.carriedOverFrom, set.carriedOverFrom());
        assertEquals(0, new BigDecimal("0.5").compareTo(set.tolerance()));
        assertEquals("scheduler", set.actor());
        assertNull(set.onBehalfOf());
        assertConforms(CsiEventType.OBJECTIVE_SET, set);

        objective.target.baselineValue = null;
        objective.unit = null;
        objective.dueDate = null;
        objective.carriedOverFrom = null;
        assertConforms(CsiEventType.OBJECTIVE_SET,
                InitiativeEvents.objectiveSetBy(objective, Actor.of("maria.keller@example.com")));
    }

    private static Checkpoint reviewed(Objective judged, Objective unmeasured) {
        Checkpoint checkpoint = Checkpoint.pending(judged.initiativeId, 2, CheckpointOrigin.EXPLICIT,
                Instant.parse("2027-01-15T09:00:00Z"), "Quarterly review");
        MeasurementProjection latest = new MeasurementProjection();
        latest.reading = KpiReading.of(new BigDecimal("3.5"), null, Instant.parse("2027-01-14T23:00:00Z"));
        Instant cycleStart = Instant.parse("2027-01-01T00:00:00Z");
        checkpoint.results.add(CheckpointResult.judge(judged, latest, cycleStart));
        checkpoint.results.add(CheckpointResult.judge(unmeasured, null, cycleStart));
        Instant at = Instant.parse("2027-01-15T09:00:01Z");
        judged.judged(checkpoint.results.get(0), at);
        unmeasured.judged(checkpoint.results.get(1), at);
        checkpoint.reviewed(new Actor("admin", "jane.doe@example.com"), at, "Failover automated", "Nights");
        return checkpoint;
    }

    @Test
    void aReviewTellsEveryResultAndWhoReviewed() {
        Objective judged = objective(initiative().id);
        Objective unmeasured = objective(initiative().id);
        unmeasured.id = UUID.fromString("22222222-3333-4444-8555-666666666666");
        unmeasured.target.kpiKey = "availability.percent";
        Checkpoint checkpoint = reviewed(judged, unmeasured);

        CheckpointReviewed review = InitiativeEvents.review(checkpoint, new Actor("admin", "jane.doe@example.com"));

        assertEquals(new CheckpointReviewed(initiative().id, checkpoint.id, 2, Instant.parse("2027-01-15T09:00:01Z"),
                "Failover automated", "Nights", List.of(
                        new CheckpointReviewed.Result(judged.id, judged.name, "incident.mttr.hours", "email",
                                new BigDecimal("4"), new BigDecimal("3.5"), "ACHIEVED"),
                        new CheckpointReviewed.Result(unmeasured.id, unmeasured.name, "availability.percent", "email",
                                new BigDecimal("4"), null, "NO_DATA")),
                "admin", "jane.doe@example.com"), review);
        assertConforms(CsiEventType.CHECKPOINT_REVIEWED, review);
    }

    @Test
    void aJudgedObjectiveCarriesWhatASipNeeds() {
        Objective objective = objective(initiative().id);
        Checkpoint checkpoint = reviewed(objective, objective(initiative().id));

        TargetOutcome outcome = InitiativeEvents.outcome(initiative(), objective, checkpoint, Actor.SCHEDULER);

        assertEquals(new TargetOutcome(initiative().id, "Stabilise e-mail", 2, List.of("SERVICE_QUALITY"),
                "maria.keller@example.com", objective.id, "Restore e-mail within 4 hours", "incident.mttr.hours",
                "email", "hours", new BigDecimal("8"), new BigDecimal("4"), new BigDecimal("3.5"), "LOWER_IS_BETTER",
                new BigDecimal("0.5"), checkpoint.id, Instant.parse("2027-01-15T09:00:01Z"), List.of()), outcome);
        assertConforms(CsiEventType.TARGET_ACHIEVED, outcome);
        assertConforms(CsiEventType.TARGET_MISSED, outcome);
    }

    @Test
    void aNewCycleAndAClosureNameTheInitiativeAndWhoActed() {
        Initiative initiative = initiative();
        initiative.cycle = 2;
        Instant at = Instant.parse("2027-02-01T09:00:00Z");
        List<UUID> carried = new ArrayList<>(List.of(UUID.fromString("8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61")));

        Actor owner = Actor.of("maria.keller@example.com");
        CycleStarted started = InitiativeEvents.cycleStart(initiative, 1, carried, at, owner);
        carried.clear();
        InitiativeClosed closed = InitiativeEvents.closure(initiative, "Handed over", at, owner);

        assertEquals(new CycleStarted(initiative.id, "Stabilise e-mail", 1, 2, "E-mail restored within 4 hours",
                List.of(UUID.fromString("8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61")), at, "maria.keller@example.com", null),
                started);
        assertEquals(new InitiativeClosed(initiative.id, "Stabilise e-mail", 2, "Handed over", at,
                "maria.keller@example.com", null), closed);
        assertConforms(CsiEventType.CYCLE_STARTED, started);
        assertConforms(CsiEventType.INITIATIVE_CLOSED, closed);
    }
}
