package org.csi.initiative.domain;

import org.csi.platform.domain.Direction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.csi.events.CsiContract;
import org.csi.events.CsiEventType;
import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.ObjectiveSet;
import org.csi.events.payload.Stakeholder;
import org.csi.platform.identity.Actor;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The payloads an initiative and an objective put in the outbox: every field mapped, who acted named, and the JSON
 * valid against the schema the contract publishes (what Outbox.emit checks at run time, here without a database).
 */
class EventPayloadsTest {

    /** Serialised as Quarkus's mapper does: java.time as ISO-8601 text. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static void assertConforms(CsiEventType type, Object payload) {
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(CsiContract.schema(type)).validate(JSON.valueToTree(payload));
        assertEquals(Set.of(), errors, type + " " + payload);
    }

    private static Initiative initiative() {
        Initiative i = new Initiative();
        i.id = UUID.fromString("3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c4e10");
        i.title = "Stabilise e-mail";
        i.vision = "E-mail restored within 4 hours";
        i.focusAreas.add(FocusArea.SERVICE_QUALITY);
        i.approach = "Formalise incident management";
        i.lifecyclePhase = LifecyclePhase.SERVICE_OPERATION;
        i.services.add("email");
        i.processes.add("Incident Management");
        i.owner = "maria.keller@example.com";
        i.stakeholders.add(new Stakeholder("Jane Doe", "jane.doe@example.com", "Service owner"));
        i.reviewCadence = "P30D";
        i.cycle = 1;
        i.status = InitiativeStatus.ACTIVE;
        i.version = 3;
        i.createdAt = Instant.parse("2026-12-01T08:00:00Z");
        i.updatedAt = i.createdAt;
        return i;
    }

    private static Objective objective(UUID initiativeId) {
        Objective o = new Objective();
        o.id = UUID.fromString("8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61");
        o.initiativeId = initiativeId;
        o.cycle = 2;
        o.name = "Restore e-mail within 4 hours";
        o.kpiKey = "incident.mttr.hours";
        o.service = "email";
        o.unit = "hours";
        o.baselineValue = new BigDecimal("8");
        o.targetValue = new BigDecimal("4");
        o.direction = Direction.LOWER_IS_BETTER;
        o.tolerance = new BigDecimal("0.5");
        o.horizon = Horizon.SHORT_TERM;
        o.dueDate = LocalDate.parse("2027-03-01");
        o.carriedOverFrom = UUID.fromString("11111111-2222-4333-8444-555555555555");
        o.status = ObjectiveStatus.NOT_REVIEWED;
        o.createdAt = Instant.parse("2026-12-01T08:00:00Z");
        return o;
    }

    @Test
    void anInitiativeTellsItsWholeStateAndWhoChangedIt() {
        InitiativeDetails details = initiative().details(new Actor("admin", "maria.keller@example.com"));

        assertEquals(new InitiativeDetails(initiative().id, "Stabilise e-mail", "E-mail restored within 4 hours",
                List.of("SERVICE_QUALITY"), "Formalise incident management", "SERVICE_OPERATION", List.of("email"),
                List.of("Incident Management"), "maria.keller@example.com",
                List.of(new Stakeholder("Jane Doe", "jane.doe@example.com", "Service owner")), "P30D", 1, "ACTIVE", 3L,
                "admin", "maria.keller@example.com"), details);
        assertConforms(CsiEventType.INITIATIVE_CREATED, details);
        assertConforms(CsiEventType.INITIATIVE_UPDATED, initiative().details(Actor.of("maria.keller@example.com")));
    }

    @Test
    void theDetailsAreACopyThatLaterChangesDoNotReach() {
        Initiative initiative = initiative();
        InitiativeDetails details = initiative.details(Actor.of("maria.keller@example.com"));

        initiative.services.add("calendar");

        assertEquals(List.of("email"), details.services());
    }

    @Test
    void anObjectiveTellsItsTargetAndWhoSetIt() {
        Objective objective = objective(initiative().id);
        ObjectiveSet set = objective.objectiveSet(Actor.SCHEDULER);

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

        objective.baselineValue = null;
        objective.unit = null;
        objective.dueDate = null;
        objective.carriedOverFrom = null;
        assertConforms(CsiEventType.OBJECTIVE_SET, objective.objectiveSet(Actor.of("maria.keller@example.com")));
    }
}
