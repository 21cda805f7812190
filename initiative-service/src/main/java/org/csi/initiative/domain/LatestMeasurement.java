package org.csi.initiative.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The newest measured value of a KPI for a service, projected from csi.measurement.recorded. */
@Entity
@Table(name = "latest_measurement")
@IdClass(LatestMeasurement.Key.class)
public class LatestMeasurement extends PanacheEntityBase {

    @Id
    @Column(name = "kpi_key")
    public String kpiKey;

    @Id
    public String service;

    @Column(nullable = false)
    public BigDecimal value;

    public String unit;

    @Column(name = "measured_at", nullable = false)
    public Instant measuredAt;

    @Column(name = "measurement_id", nullable = false)
    public UUID measurementId;

    @Column(name = "source_system")
    public String sourceSystem;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static Optional<LatestMeasurement> of(String kpiKey, String service) {
        return find("kpiKey = ?1 and service = ?2", kpiKey, service).firstResultOptional();
    }

    public static class Key implements Serializable {
        public String kpiKey;
        public String service;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(kpiKey, k.kpiKey) && Objects.equals(service, k.service);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kpiKey, service);
        }
    }
}
