package org.csi.initiative.domain;

import org.csi.platform.domain.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.events.payload.ObjectiveSet;
import org.csi.platform.identity.Actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** "Where do we want to be?" A measurable target for one KPI of one service, within one cycle of an initiative. */
@Entity
@Table(name = "objective")
public class Objective extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "initiative_id", nullable = false)
    public UUID initiativeId;

    @Column(nullable = false)
    public int cycle;

    @Column(nullable = false)
    public String name;

    @Column(name = "kpi_key", nullable = false)
    public String kpiKey;

    @Column(nullable = false)
    public String service;

    public String unit;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "target_value", nullable = false)
    public BigDecimal targetValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Column(nullable = false)
    public BigDecimal tolerance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Horizon horizon;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The objective of the previous cycle this one continues; null for a new objective. */
    @Column(name = "carried_over_from")
    public UUID carriedOverFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectiveStatus status;

    /** The value judged at the latest review; null before the first review or when there was no data. */
    @Column(name = "last_actual_value")
    public BigDecimal lastActualValue;

    @Column(name = "last_reviewed_at")
    public Instant lastReviewedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<Objective> ofCycle(UUID initiativeId, int cycle) {
        return list("initiativeId = ?1 and cycle = ?2", Sort.ascending("createdAt", "id"), initiativeId, cycle);
    }

    /** The event payload, naming who set the objective (or started the cycle that carried it over). */
    public ObjectiveSet objectiveSet(Actor by) {
        return new ObjectiveSet(initiativeId, id, cycle, name, kpiKey, service, unit, baselineValue, targetValue,
                direction.name(), tolerance, horizon.name(), dueDate, carriedOverFrom, by.name(), by.onBehalfOf());
    }
}
