package org.csi.initiative.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.csi.platform.domain.ConflictException;
import org.csi.platform.identity.Actor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An improvement idea anyone with a read role may submit (staff, or a customer's comment from a survey), which others
 * vote for, until a manager promotes it into an initiative, attaches it to one or rejects it. {@code votes} counts the
 * rows of {@code idea_vote} (one per caller) and is only ever raised by SQL ({@code votes = votes + 1}); the entity
 * never writes it, so a decision never overwrites a vote counted meanwhile.
 */
@Entity
@Table(name = "idea")
public class Idea extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IdeaSource source;

    /** Which survey or response a customer's comment came from, as free text. */
    @Column(name = "survey_reference")
    public String surveyReference;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "focus_areas", nullable = false)
    public List<FocusArea> focusAreas = new ArrayList<>();

    /** The caller who submitted it. */
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IdeaStatus status;

    /** The initiative it was promoted into or attached to. */
    @Column(name = "initiative_id")
    public UUID initiativeId;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_on_behalf_of")
    public String decidedOnBehalfOf;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(nullable = false, insertable = false, updatable = false)
    public int votes;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A manager's decision: only a SUBMITTED idea can be decided, once. */
    public void decide(IdeaStatus to, UUID initiative, String note, Actor by, Instant at) {
        if (status != IdeaStatus.SUBMITTED) {
            throw new ConflictException("Idea " + id + " is already " + status
                    + (initiativeId != null ? " (initiative " + initiativeId + ")" : "") + "; it can be decided once");
        }
        status = to;
        initiativeId = initiative;
        decisionNote = note;
        decidedBy = by.name();
        decidedOnBehalfOf = by.onBehalfOf();
        decidedAt = at;
        updatedAt = at;
    }
}
