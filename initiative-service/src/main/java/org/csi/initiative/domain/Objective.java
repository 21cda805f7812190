package org.csi.initiative.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.csi.platform.domain.Direction;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.KpiTarget;
import org.csi.platform.itsm.ItsmLink;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Embedded;
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

    /** The KPI and service measured, baseline, target, tolerance and direction. */
    @Embedded
    public KpiTarget target = new KpiTarget();

    public String unit;

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

    /** Records in ITSM tools the objective refers to; carried over to the next cycle with it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "objective_reference", joinColumns = @JoinColumn(name = "objective_id"))
    @OrderColumn(name = "position")
    public List<ItsmLink> references = new ArrayList<>();

    // Regression watch (issue 17 part 3): how a slide after success is judged; null = the service's defaults.
    /** So many values in a row outside the tolerance make a regression. */
    @Column(name = "regression_consecutive_values")
    public Integer regressionConsecutiveValues;

    /** Outside the tolerance for this long (ISO-8601 duration) makes a regression too. */
    @Column(name = "regression_window")
    public String regressionWindow;

    /** A target must improve on its baseline in the objective's direction; equal to the baseline improves nothing. */
    public static void requireImprovement(String field, Direction direction, BigDecimal baseline, BigDecimal target) {
        if (baseline != null && target != null && direction != null && !direction.improves(baseline, target)) {
            throw new InvalidException(field, "must be " + (direction == Direction.LOWER_IS_BETTER
                    ? "below" : "above") + " the baseline value " + baseline.stripTrailingZeros().toPlainString()
                    + " for " + direction);
        }
    }

    /** The same objective in a later cycle, not reviewed yet, naming this one as where it was carried over from. */
    public Objective continuedIn(int nextCycle, Instant at) {
        Objective copy = new Objective();
        copy.id = UUID.randomUUID();
        copy.initiativeId = initiativeId;
        copy.cycle = nextCycle;
        copy.name = name;
        copy.target = target.copy();
        copy.unit = unit;
        copy.horizon = horizon;
        copy.dueDate = dueDate;
        copy.carriedOverFrom = id;
        copy.status = ObjectiveStatus.NOT_REVIEWED;
        copy.createdAt = at;
        references.forEach(r -> copy.references.add(ItsmLink.of(r.key(), r.url, r.title, r.addedBy, r.addedAt)));
        copy.regressionConsecutiveValues = regressionConsecutiveValues;
        copy.regressionWindow = regressionWindow;
        return copy;
    }

    /** Takes the result of a review as where the objective stands now. */
    public void judged(CheckpointResult result, Instant at) {
        status = result.status.asObjectiveStatus();
        lastActualValue = result.actualValue;
        lastReviewedAt = at;
    }

    public static List<Objective> ofCycle(UUID initiativeId, int cycle) {
        return list("initiativeId = ?1 and cycle = ?2", Sort.ascending("createdAt", "id"), initiativeId, cycle);
    }
}
