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

/** One maturity assessment of a process; the assessments of a process over time are its maturity history. */
@Entity
@Table(name = "maturity_assessment")
public class MaturityAssessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String process;

    /** Null when the process was assessed across services. */
    public String service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MaturityModel model;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_type", nullable = false)
    public AssessmentType assessmentType;

    /** The caller who recorded the assessment (the token's actor claim). */
    public String assessor;

    /** Set when a csi-admin recorded it on behalf of the assessor: that person. */
    @Column(name = "assessor_on_behalf_of")
    public String assessorOnBehalfOf;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    /** Level 0-5 per {@link MaturityDimension} name. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> levels = new LinkedHashMap<>();

    @Column(name = "overall_level", nullable = false)
    public int overallLevel;

    @Column(name = "target_level")
    public Integer targetLevel;

    public String evidence;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * The overall level is the LOWEST dimension level: in the ITIL Process Maturity Framework a process reaches a level
     * only when every dimension has reached it, so the weakest dimension caps the process.
     */
    public static int overallLevel(Map<MaturityDimension, Integer> levels) {
        return levels.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** Kafka key: the service assessed, or the process when the assessment covers no single service. */
    public String eventKey() {
        return service != null ? service : process;
    }
}
