package org.csi.initiative.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.csi.platform.domain.Direction;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How one objective stood at a review: a copy of its target at that time, so the history survives later cycles. */
@Embeddable
public class CheckpointResult {

    @Column(name = "objective_id", nullable = false)
    public UUID objectiveId;

    @Column(name = "objective_name", nullable = false)
    public String objectiveName;

    @Column(name = "kpi_key", nullable = false)
    public String kpiKey;

    @Column(nullable = false)
    public String service;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "target_value", nullable = false)
    public BigDecimal targetValue;

    @Column(nullable = false)
    public BigDecimal tolerance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

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
        boolean measured = latest != null && !latest.measuredAt.isBefore(cycleStart);
        CheckpointResult result = new CheckpointResult();
        result.objectiveId = objective.id;
        result.objectiveName = objective.name;
        result.kpiKey = objective.kpiKey;
        result.service = objective.service;
        result.baselineValue = objective.baselineValue;
        result.targetValue = objective.targetValue;
        result.tolerance = objective.tolerance;
        result.direction = objective.direction;
        result.actualValue = measured ? latest.value : null;
        result.measuredAt = measured ? latest.measuredAt : null;
        result.status = !measured ? ResultStatus.NO_DATA
                : objective.direction.reached(result.actualValue, objective.targetValue, objective.tolerance)
                        ? ResultStatus.ACHIEVED : ResultStatus.MISSED;
        return result;
    }
}
