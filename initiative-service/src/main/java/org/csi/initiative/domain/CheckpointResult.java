package org.csi.initiative.domain;

import org.csi.platform.domain.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

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
}
