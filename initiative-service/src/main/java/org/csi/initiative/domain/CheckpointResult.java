package org.csi.initiative.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.csi.platform.domain.KpiTarget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How one objective stood at a review: a copy of its target at that time, so the history survives later cycles. */
@Embeddable
public class CheckpointResult {

    @Column(name = "objective_id", nullable = false)
    public UUID objectiveId;

    @Column(name = "objective_name", nullable = false)
    public String objectiveName;

    /** The objective's target as it was at the review. */
    @Embedded
    public KpiTarget target;

    /** The measurement judged; null for NO_DATA. */
    @Column(name = "actual_value")
    public BigDecimal actualValue;

    @Column(name = "measured_at")
    public Instant measuredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResultStatus status;

    /**
     * Judges an objective against the latest measurement of its KPI and service (null when there is none): ACHIEVED
     * when the direction says the target is reached within tolerance, otherwise MISSED. Only a measurement taken since
     * the cycle started counts: an older one says where the KPI stood before this cycle's work, so the objective is
     * NO_DATA rather than judged on it.
     */
    public static CheckpointResult judge(Objective objective, MeasurementProjection latest, Instant cycleStart) {
        boolean measured = latest != null && latest.reading.measuredSince(cycleStart);
        CheckpointResult result = new CheckpointResult();
        result.objectiveId = objective.id;
        result.objectiveName = objective.name;
        result.target = objective.target.copy();
        result.actualValue = measured ? latest.reading.value : null;
        result.measuredAt = measured ? latest.reading.measuredAt : null;
        result.status = !measured ? ResultStatus.NO_DATA
                : result.target.reachedBy(result.actualValue) ? ResultStatus.ACHIEVED : ResultStatus.MISSED;
        return result;
    }
}
