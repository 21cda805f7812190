package org.csi.initiative.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.csi.events.payload.Stakeholder;
import org.csi.platform.domain.Direction;

/** An initiative and an objective with every field set, for plain unit tests. */
public final class Examples {

    private Examples() {
    }

    /** The e-mail initiative in cycle 1, version 3. */
    public static Initiative initiative() {
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

    /** A LOWER_IS_BETTER objective of cycle 2 (8 to 4 hours, tolerance 0.5), carried over, not reviewed. */
    public static Objective objective(UUID initiativeId) {
        Objective o = new Objective();
        o.id = UUID.fromString("8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61");
        o.initiativeId = initiativeId;
        o.cycle = 2;
        o.name = "Restore e-mail within 4 hours";
        o.target.kpiKey = "incident.mttr.hours";
        o.target.service = "email";
        o.unit = "hours";
        o.target.baselineValue = new BigDecimal("8");
        o.target.targetValue = new BigDecimal("4");
        o.target.direction = Direction.LOWER_IS_BETTER;
        o.target.tolerance = new BigDecimal("0.5");
        o.horizon = Horizon.SHORT_TERM;
        o.dueDate = LocalDate.parse("2027-03-01");
        o.carriedOverFrom = UUID.fromString("11111111-2222-4333-8444-555555555555");
        o.status = ObjectiveStatus.NOT_REVIEWED;
        o.createdAt = Instant.parse("2026-12-01T08:00:00Z");
        return o;
    }
}
