package org.csi.assessment.domain;

import org.csi.platform.domain.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Local copy of an objective set in initiative-service (from csi.objective.set); the target of the gap analysis. */
@Entity
@Table(name = "objective_projection")
public class ObjectiveProjection extends PanacheEntityBase {

    @Id
    @Column(name = "objective_id")
    public UUID objectiveId;

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

    @Column(name = "baseline_value", precision = 30, scale = 10)
    public BigDecimal baselineValue;

    @Column(name = "target_value", nullable = false, precision = 30, scale = 10)
    public BigDecimal targetValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Column(precision = 30, scale = 10)
    public BigDecimal tolerance;

    @Column(nullable = false)
    public String horizon;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public BigDecimal toleranceOrZero() {
        return tolerance == null ? BigDecimal.ZERO : tolerance;
    }
}
