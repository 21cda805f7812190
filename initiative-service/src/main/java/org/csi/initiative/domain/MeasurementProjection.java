package org.csi.initiative.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.csi.platform.domain.KpiReading;
import org.csi.platform.domain.KpiTarget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The newest measured value of a KPI for a service, projected from csi.measurement.recorded. */
@Entity
@Table(name = "latest_measurement")
@IdClass(MeasurementProjection.Key.class)
public class MeasurementProjection extends PanacheEntityBase {

    @Id
    @Column(name = "kpi_key")
    public String kpiKey;

    @Id
    public String service;

    /** The value, its unit and when it was measured. */
    @Embedded
    public KpiReading reading = new KpiReading();

    @Column(name = "measurement_id", nullable = false)
    public UUID measurementId;

    @Column(name = "source_system")
    public String sourceSystem;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static Optional<MeasurementProjection> of(String kpiKey, String service) {
        return find("kpiKey = ?1 and service = ?2", kpiKey, service).firstResultOptional();
    }

    /** The newest value of the target's KPI for its service. */
    public static Optional<MeasurementProjection> of(KpiTarget target) {
        return of(target.kpiKey, target.service);
    }

    /** The composite id (a record: its equals and hashCode are the ones an id class needs). */
    public record Key(String kpiKey, String service) implements Serializable {
    }
}
