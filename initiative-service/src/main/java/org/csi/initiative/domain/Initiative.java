package org.csi.initiative.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.csi.events.payload.Stakeholder;
import org.csi.platform.itsm.ItsmLink;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A CSI improvement initiative: its vision, focus, scope and people, and which cycle it is in. */
@Entity
@Table(name = "initiative")
public class Initiative extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String vision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "initiative_focus_area", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "focus_area", nullable = false)
    public List<FocusArea> focusAreas = new ArrayList<>();

    public String approach;

    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle_phase", nullable = false)
    public LifecyclePhase lifecyclePhase;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> services = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> processes = new ArrayList<>();

    public String owner;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Stakeholder> stakeholders = new ArrayList<>();

    /** ISO-8601 period between checkpoints, e.g. P30D. */
    @Column(name = "review_cadence")
    public String reviewCadence;

    @Column(nullable = false)
    public int cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InitiativeStatus status;

    /** Ranking (issue 17 part 5): the ratings, 1..5, the score is made of; null: not rated. See InitiativeScore. */
    @Column(name = "benefit_rating")
    public Integer benefitRating;

    @Column(name = "effort_rating")
    public Integer effortRating;

    @Column(name = "risk_rating")
    public Integer riskRating;

    /** The ideas promoted into or attached to this initiative, oldest first (the idea owns the link). */
    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "initiative_id", insertable = false, updatable = false)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @OrderBy("createdAt")
    public List<Idea> ideas = new ArrayList<>();

    /** Optimistic locking; exposed as the ETag. */
    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Records in ITSM tools the initiative refers to (problems, incidents, changes, ...). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "initiative_reference", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    public List<ItsmLink> references = new ArrayList<>();
    // value (issue 17): typed expected benefits, and how the initiative closed
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "expected_benefits")
    public List<org.csi.platform.value.BenefitValue> expectedBenefits;

    @Enumerated(EnumType.STRING)
    public InitiativeOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_category")
    public OutcomeCategory outcomeCategory;
}
