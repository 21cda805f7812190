package org.csi.assessment.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.csi.assessment.config.AssessmentConfig;
import org.csi.assessment.domain.Measurement;
import org.csi.assessment.messaging.AssessmentEvents;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.KpiReading;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.domain.Violation;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Records KPI measurements, one or many in one transaction: all are stored (with one csi.measurement.recorded each) or
 * none. A measurement whose (sourceSystem, sourceId) is already stored is a duplicate and is skipped.
 */
@ApplicationScoped
@Transactional
public class MeasurementService {

    private final AssessmentEvents events;
    private final GapAnalysisService gapAnalysis;
    private final AssessmentConfig config;
    private final EntityManager em;
    private final ServiceGapService serviceGaps;

    MeasurementService(AssessmentEvents events, GapAnalysisService gapAnalysis, AssessmentConfig config,
            EntityManager em, ServiceGapService serviceGaps) {
        this.events = events;
        this.serviceGaps = serviceGaps;
        this.gapAnalysis = gapAnalysis;
        this.config = config;
        this.em = em;
    }

    /** The outcome per item: the measurement stored now or before, and whether it was a duplicate. */
    public record Outcome(Measurement measurement, boolean duplicate) {
    }

    /**
     * Records the items in one transaction, all or none; an item whose (sourceSystem, sourceId) is stored already, or
     * came earlier in the same list, is a duplicate and is not stored again.
     *
     * @param itemsField how the items are named in error messages, e.g. {@code measurements} gives
     *                   {@code measurements[3].measuredAt}; null for a single measurement
     */
    public List<Outcome> record(List<RecordMeasurement> items, String itemsField) {
        rejectFutureValues(items, itemsField);
        List<String> systems = items.stream().map(r -> r.sourceSystem().strip()).toList();
        Map<String, Measurement> known = storedBySource(items, systems);
        Instant now = Instant.now();
        List<Outcome> outcomes = new ArrayList<>(items.size());
        List<Measurement> created = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RecordMeasurement r = items.get(i);
            String system = systems.get(i);
            String source = sourceKey(system, r.sourceId());
            Measurement existing = source == null ? null : known.get(source);
            if (existing != null) {
                outcomes.add(new Outcome(existing, true));
                continue;
            }
            Measurement m = new Measurement();
            m.id = UUID.randomUUID();
            m.kpiKey = r.kpiKey().strip();
            m.service = r.service().strip();
            m.reading = KpiReading.of(r.value(), r.unit(), r.measuredAt());
            m.sourceSystem = system;
            m.sourceId = r.sourceId() == null || r.sourceId().isBlank() ? null : r.sourceId().strip();
            m.recordedAt = now;
            em.persist(m);
            created.add(m);
            if (source != null) {
                known.put(source, m); // the same item twice in one batch is stored once
            }
            outcomes.add(new Outcome(m, false));
        }
        // Measurements first, then their events: consecutive inserts of one table go out as JDBC batches.
        created.forEach(events::measurementRecorded);
        Set<GapAnalysisService.SeriesKey> series = new LinkedHashSet<>();
        created.forEach(m -> series.add(new GapAnalysisService.SeriesKey(m.service, m.kpiKey)));
        gapAnalysis.evaluateSeries(series);
        serviceGaps.measured(series); // gaps 3 and 4 of a KPI a service specified or promised
        return outcomes;
    }

    private void rejectFutureValues(List<RecordMeasurement> items, String itemsField) {
        Instant latest = Instant.now().plus(config.measurements().maxClockSkew());
        List<Violation> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).measuredAt().isAfter(latest)) {
                String field = itemsField == null ? "measuredAt" : itemsField + "[" + i + "].measuredAt";
                errors.add(new Violation(field, "must not be more than "
                        + config.measurements().maxClockSkew().toMinutes() + " minutes in the future"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
    }

    /** The already stored measurements among the request's (sourceSystem, sourceId) pairs, one query per source system. */
    private Map<String, Measurement> storedBySource(List<RecordMeasurement> items, List<String> systems) {
        Map<String, Set<String>> idsBySystem = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            RecordMeasurement r = items.get(i);
            if (r.sourceId() != null && !r.sourceId().isBlank()) {
                idsBySystem.computeIfAbsent(systems.get(i), s -> new LinkedHashSet<>()).add(r.sourceId().strip());
            }
        }
        Map<String, Measurement> known = new HashMap<>();
        idsBySystem.forEach((system, ids) -> em
                .createQuery("from Measurement where sourceSystem = :system and sourceId in :ids", Measurement.class)
                .setParameter("system", system).setParameter("ids", ids).getResultList()
                .forEach(m -> known.put(sourceKey(m.sourceSystem, m.sourceId), m)));
        return known;
    }

    private static String sourceKey(String system, String id) {
        return id == null || id.isBlank() ? null : system.strip() + '\u0000' + id.strip();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Measurement> find(UUID id) {
        return Measurement.findByIdOptional(id);
    }

    /** The time series of one KPI of one service, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Measurement> series(String service, String kpiKey, Instant from, Instant to, int page, int size) {
        Instant start = from == null ? Instant.EPOCH : from;
        Instant end = to == null ? Instant.parse("9999-12-31T23:59:59Z") : to;
        var query = Measurement.<Measurement>find("service = ?1 and kpiKey = ?2 and reading.measuredAt >= ?3 and reading.measuredAt < ?4",
                Sort.ascending("reading.measuredAt", "recordedAt"), service, kpiKey, start, end);
        return ResultPage.of(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    /** The latest two measurements of a series (newest first), as of an instant. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Measurement> latest(String service, String kpiKey, Instant asOf, int count) {
        return Measurement.<Measurement>find("service = ?1 and kpiKey = ?2 and reading.measuredAt <= ?3",
                Sort.descending("reading.measuredAt", "recordedAt"), service, kpiKey, asOf).page(Page.ofSize(count)).list();
    }

    /** The KPI keys measured for a service. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> kpiKeys(String service) {
        return em.createQuery("select distinct kpiKey from Measurement where service = :service order by kpiKey",
                String.class).setParameter("service", service).getResultList();
    }
}
