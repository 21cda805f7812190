package org.csi.assessment.domain;

import java.time.Instant;
import java.util.UUID;

import org.csi.platform.domain.KpiReading;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One KPI value of a service at a point in time. */
@Entity
@Table(name = "measurement")
public class Measurement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "kpi_key", nullable = false)
    public String kpiKey;

    @Column(nullable = false)
    public String service;

    /** The value, its unit and when it was measured. */
    @Embedded
    public KpiReading reading = new KpiReading();

    @Column(name = "source_system", nullable = false)
    public String sourceSystem;

    /** The id in the source system; with sourceSystem it makes a re-sent measurement recognisable. */
    @Column(name = "source_id")
    public String sourceId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
