package org.csi.initiative.service;

import java.time.Instant;
import java.util.List;

import org.csi.events.payload.MeasurementRecorded;
import org.csi.initiative.domain.MeasurementProjection;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The local projection of csi.measurement.recorded: per KPI and service the newest value by measuredAt. A measurement
 * that arrives late with an older measuredAt never overwrites a newer one; one with the same measuredAt replaces it
 * (a correction).
 */
@ApplicationScoped
@Transactional
public class MeasurementProjector {

    private final EntityManager em;

    MeasurementProjector(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(MeasurementRecorded measurement) {
        em.createNativeQuery("INSERT INTO latest_measurement (kpi_key, service, value, unit, measured_at, measurement_id,"
                + " source_system, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                + " ON CONFLICT (kpi_key, service) DO UPDATE SET value = EXCLUDED.value, unit = EXCLUDED.unit,"
                + " measured_at = EXCLUDED.measured_at, measurement_id = EXCLUDED.measurement_id,"
                + " source_system = EXCLUDED.source_system, received_at = EXCLUDED.received_at"
                + " WHERE latest_measurement.measured_at <= EXCLUDED.measured_at")
                .setParameter(1, measurement.kpiKey())
                .setParameter(2, measurement.service())
                .setParameter(3, measurement.value())
                .setParameter(4, measurement.unit())
                .setParameter(5, measurement.measuredAt())
                .setParameter(6, measurement.measurementId())
                .setParameter(7, measurement.sourceSystem())
                .setParameter(8, Instant.now())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasurementProjection> list(String kpiKey, String service) {
        if (kpiKey != null && service != null) {
            return MeasurementProjection.list("kpiKey = ?1 and service = ?2", kpiKey, service);
        }
        if (kpiKey != null) {
            return MeasurementProjection.list("kpiKey", Sort.ascending("service"), kpiKey);
        }
        if (service != null) {
            return MeasurementProjection.list("service", Sort.ascending("kpiKey"), service);
        }
        return MeasurementProjection.listAll(Sort.ascending("kpiKey", "service"));
    }
}
