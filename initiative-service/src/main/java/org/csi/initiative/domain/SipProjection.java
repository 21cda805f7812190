package org.csi.initiative.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.platform.value.BenefitValue;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The latest known state of a Service Improvement Plan drafted for an objective, projected from csi.sip.* events. */
@Entity
@Table(name = "objective_sip")
@IdClass(SipProjection.Key.class)
public class SipProjection extends PanacheEntityBase {

    @Id
    @Column(name = "objective_id")
    public UUID objectiveId;

    @Id
    @Column(name = "sip_id")
    public UUID sipId;

    public String title;

    /** The SIP status as sip-service names it, e.g. DRAFT, APPROVED, COMPLETED, CANCELLED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public String note;

    // value (issue 17): the SIP's initiative, its typed benefits, cost and effort (from csi.sip.* events), and its
    // effectiveness as assessment-service last re-measured it (csi.benefit.measured)
    @Column(name = "initiative_id")
    public UUID initiativeId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "expected_benefits")
    public List<BenefitValue> expectedBenefits;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "realised_benefits")
    public List<BenefitValue> realisedBenefits;

    @Column(name = "cost_amount")
    public BigDecimal costAmount;

    @Column(name = "cost_currency")
    public String costCurrency;

    @Column(name = "effort_person_days")
    public BigDecimal effortPersonDays;

    /** Share of the gap closed, as last re-measured from the KPI (1 = closed, 0 = no change); null before. */
    public BigDecimal effectiveness;

    @Column(name = "effectiveness_measured_at")
    public Instant effectivenessMeasuredAt;

    /** Takes what an event says of the SIP's value; parts the event leaves out (older producers) stay. */
    public void value(List<BenefitValue> expected, List<BenefitValue> realised, BigDecimal cost, String currency,
            BigDecimal effort) {
        if (expected != null) {
            expectedBenefits = expected;
        }
        if (realised != null) {
            realisedBenefits = realised;
        }
        if (cost != null) {
            costAmount = cost;
            costCurrency = currency;
        }
        if (effort != null) {
            effortPersonDays = effort;
        }
    }

    public static List<SipProjection> ofInitiative(UUID initiativeId) {
        return list("initiativeId", Sort.ascending("changedAt"), initiativeId);
    }

    public static List<SipProjection> ofObjective(UUID objectiveId) {
        return list("objectiveId", Sort.ascending("changedAt"), objectiveId);
    }

    /** The composite id (a record: its equals and hashCode are the ones an id class needs). */
    public record Key(UUID objectiveId, UUID sipId) implements Serializable {
    }
}
