package org.csi.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One SERVQUAL survey response about a service, from a customer or from the provider's management. */
@Entity
@Table(name = "perception_response")
public class PerceptionResponse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String service;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_type", nullable = false)
    public RespondentType respondentType;

    /** The survey's label of who answered (a person, a panel, anonymous): data, not an actor. */
    public String respondent;

    /** The caller who entered the response (the token's actor claim). */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "surveyed_on", nullable = false)
    public LocalDate surveyedOn;

    /** Ratings 1-7 per {@link ServqualDimension} name. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Rating> ratings = new LinkedHashMap<>();

    /** Optional importance weight per dimension name (customers only). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> importance;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * CUSTOMER: expectation and perception of the service. PROVIDER: expectation = management's perception of what
     * customers expect, specification = how well the service specification meets it.
     */
    public record Rating(Integer expectation, Integer perception, Integer specification) {

        /** Only the ratings a respondent of the type gives: perception from customers, specification from providers. */
        public Rating keptFor(RespondentType type) {
            return type == RespondentType.CUSTOMER ? new Rating(expectation, perception, null)
                    : new Rating(expectation, null, specification);
        }
    }
}
