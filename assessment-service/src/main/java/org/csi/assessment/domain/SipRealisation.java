package org.csi.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.platform.domain.Direction;
import org.csi.platform.value.BenefitValue;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A completed SIP whose benefit is re-measured from its KPI (value, issue 17): what csi.sip.completed said of its KPI,
 * target, approval and completion, its realised benefits and cost, and the effectiveness last measured.
 */
@Entity
@Table(name = "sip_realisation")
public class SipRealisation extends PanacheEntityBase {

    @Id
    @Column(name = "sip_id")
    public UUID sipId;

    @Column(name = "initiative_id")
    public UUID initiativeId;

    @Column(name = "objective_id")
    public UUID objectiveId;

    public String title;

    @Column(nullable = false)
    public String service;

    @Column(name = "kpi_key", nullable = false)
    public String kpiKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "target_value", nullable = false)
    public BigDecimal targetValue;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "realised_benefits")
    public List<BenefitValue> realisedBenefits;

    @Column(name = "cost_amount")
    public BigDecimal costAmount;

    @Column(name = "cost_currency")
    public String costCurrency;

    @Column(name = "last_effectiveness")
    public BigDecimal lastEffectiveness;

    @Column(name = "last_measured_at")
    public Instant lastMeasuredAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The SIPs of an initiative completed before {@code at}: those a checkpoint at that time re-measures. */
    public static List<SipRealisation> completedBefore(UUID initiativeId, Instant at) {
        return list("initiativeId = ?1 and completedAt < ?2", initiativeId, at);
    }
}
