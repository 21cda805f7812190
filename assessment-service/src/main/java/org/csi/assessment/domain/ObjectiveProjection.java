package org.csi.assessment.domain;

import org.csi.platform.domain.KpiTarget;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    /** The objective's KPI and service, baseline, target, tolerance (null when none was sent) and direction. */
    @Embedded
    public KpiTarget target = new KpiTarget();

    public String unit;

    @Column(nullable = false)
    public String horizon;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
