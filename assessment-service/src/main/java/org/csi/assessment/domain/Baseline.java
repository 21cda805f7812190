package org.csi.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named snapshot of where a service stands at a date: KPI values, process maturity and practices. */
@Entity
@Table(name = "baseline")
public class Baseline extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String service;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<KpiValue> kpis = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ProcessMaturity> maturity = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PracticeSnapshot> practices = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** source is GIVEN (sent with the request) or MEASURED (the latest measurement as of the date). */
    public record KpiValue(String kpiKey, BigDecimal value, String unit, Instant measuredAt, String source) {
    }

    public record ProcessMaturity(String process, UUID assessmentId, LocalDate assessedOn, Map<String, Integer> levels,
            int overallLevel, Integer targetLevel) {
    }

    public record PracticeSnapshot(UUID practiceId, String process, String name, String formality, boolean documented,
            String owner) {
    }
}
