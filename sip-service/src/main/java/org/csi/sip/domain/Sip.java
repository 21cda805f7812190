package org.csi.sip.domain;

import org.csi.platform.domain.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLink;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A Service Improvement Plan: the gap it meets, who owns it, the actions that close the gap, and where it stands. */
@Entity
@Table(name = "sip")
public class Sip extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    @Column(name = "origin_event_id")
    public UUID originEventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "gap_kind")
    public GapKind gapKind;

    @Column(name = "initiative_id")
    public UUID initiativeId;

    @Column(name = "initiative_title")
    public String initiativeTitle;

    public Integer cycle;

    @Column(name = "objective_id")
    public UUID objectiveId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "focus_areas", nullable = false)
    public List<FocusArea> focusAreas = new ArrayList<>();

    @Column(nullable = false)
    public String service;

    public String process;

    @Column(name = "kpi_key")
    public String kpiKey;

    public String dimension;

    public String unit;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "actual_value")
    public BigDecimal actualValue;

    /** How far the actual value is from the target, always positive for a shortfall (in the unit of the values). */
    @Column(name = "gap_size")
    public BigDecimal gapSize;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Column(nullable = false)
    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    @Column(name = "expected_benefit")
    public String expectedBenefit;

    @Column(name = "target_completion_date")
    public LocalDate targetCompletionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SipStatus status;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_on_behalf_of")
    public String approvedOnBehalfOf;

    /** Who raised a MANUAL SIP (the caller); {@code sip-service} for drafted ones. */
    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_on_behalf_of")
    public String createdOnBehalfOf;

    @Column(name = "result_note")
    public String resultNote;

    /** Ranking (issue 17 part 5): the ratings, 1..5, the score is made of; null: not rated. See SipScore. */
    @Column(name = "benefit_rating")
    public Integer benefitRating;

    @Column(name = "effort_rating")
    public Integer effortRating;

    @Column(name = "risk_rating")
    public Integer riskRating;

    /** Optimistic locking; exposed as the ETag. */
    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** For a REGRESSION SIP: the objective's earlier SIP, the one whose success slid back; null otherwise. */
    @Column(name = "previous_sip_id")
    public UUID previousSipId;
    // value (issue 17): typed expected benefits, cost and effort, and the benefits realised at completion
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "expected_benefits")
    public List<org.csi.platform.value.BenefitValue> expectedBenefits;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "realised_benefits")
    public List<org.csi.platform.value.BenefitValue> realisedBenefits;

    @Column(name = "cost_amount")
    public BigDecimal costAmount;

    @Column(name = "cost_currency")
    public String costCurrency;

    @Column(name = "effort_person_days")
    public BigDecimal effortPersonDays;

    /** When the SIP was last approved (work could begin); null before. */
    public Instant approvedAt() {
        for (int i = transitions.size() - 1; i >= 0; i--) {
            if (transitions.get(i).toStatus == SipStatus.APPROVED) {
                return transitions.get(i).at;
            }
        }
        return null;
    }

    @OneToMany(mappedBy = "sip", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SipAction> actions = new ArrayList<>();

    @OneToMany(mappedBy = "sip", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("observedAt")
    public List<SipOccurrence> occurrences = new ArrayList<>();

    @OneToMany(mappedBy = "sip", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at")
    public List<SipTransition> transitions = new ArrayList<>();

    /** Records in ITSM tools the SIP refers to (e.g. the problem behind it). */
    @ElementCollection
    @CollectionTable(name = "sip_reference", joinColumns = @JoinColumn(name = "sip_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    public List<ItsmLink> references = new ArrayList<>();

    /** The Kafka key of the SIP's events: its initiative, so they stay in order with it; the SIP itself otherwise. */
    public UUID eventKey() {
        return initiativeId != null ? initiativeId : id;
    }

    /**
     * Loads the actions, occurrences and transitions, so the SIP can be read whole after its transaction has ended
     * (the resource maps it to JSON after the service's commit).
     */
    public Sip loadWhole() {
        Hibernate.initialize(actions);
        Hibernate.initialize(occurrences);
        Hibernate.initialize(transitions);
        Hibernate.initialize(references);
        actions.forEach(a -> Hibernate.initialize(a.references));
        return this;
    }

    /** Records one more trigger this SIP answers (its first one, or a later miss or gap of its objective). */
    public SipOccurrence addOccurrence(SipOccurrence occurrence, Instant now) {
        occurrence.sip = this;
        occurrences.add(occurrence);
        updatedAt = now;
        return occurrence;
    }

    public SipAction addAction(String description, String actionOwner, LocalDate dueDate, Instant now) {
        SipAction action = new SipAction();
        action.id = UUID.randomUUID();
        action.sip = this;
        action.position = actions.size();
        action.description = description;
        action.owner = actionOwner;
        action.dueDate = dueDate;
        action.status = ActionStatus.OPEN;
        action.createdAt = now;
        action.updatedAt = now;
        actions.add(action);
        return action;
    }

    public SipTransition recordTransition(SipStatus from, SipStatus to, Actor by, Instant at, String note) {
        SipTransition transition = new SipTransition();
        transition.id = UUID.randomUUID();
        transition.sip = this;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.byWhom = by.name();
        transition.onBehalfOf = by.onBehalfOf();
        transition.at = at;
        transition.note = note;
        transitions.add(transition);
        return transition;
    }

    /** Who made the last move to the status, if the SIP was ever there. */
    public java.util.Optional<Actor> lastMovedTo(SipStatus status) {
        for (int i = transitions.size() - 1; i >= 0; i--) {
            if (transitions.get(i).toStatus == status) {
                return java.util.Optional.of(transitions.get(i).actor());
            }
        }
        return java.util.Optional.empty();
    }

    /** Share of the actions that are done, 0..1; dropped actions do not count either way. Null when there are none. */
    public BigDecimal progress() {
        long counted = actions.stream().filter(a -> a.status != ActionStatus.DROPPED).count();
        if (counted == 0) {
            return actions.isEmpty() ? null : BigDecimal.ONE;
        }
        long done = actions.stream().filter(a -> a.status == ActionStatus.DONE).count();
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(counted), 2, java.math.RoundingMode.HALF_UP);
    }

    public List<SipAction> overdueActions(LocalDate today) {
        return actions.stream().filter(a -> a.isOverdue(today)).toList();
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && (targetCompletionDate != null && targetCompletionDate.isBefore(today)
                || !overdueActions(today).isEmpty());
    }
}
