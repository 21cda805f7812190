package org.csi.assessment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.assessment.domain.Baseline;
import org.csi.assessment.domain.Decimals;
import org.csi.assessment.domain.MaturityAssessment;
import org.csi.assessment.domain.Measurement;
import org.csi.assessment.domain.Practice;
import org.csi.assessment.messaging.AssessmentEvents;
import org.csi.platform.domain.ResultPage;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Baselines: a snapshot of KPI values, maturity and practices of a service; emits csi.baseline.recorded. */
@ApplicationScoped
@Transactional
public class BaselineService {

    private final AssessmentEvents events;
    private final MeasurementService measurements;
    private final MaturityService maturity;
    private final PracticeService practices;

    BaselineService(AssessmentEvents events, MeasurementService measurements, MaturityService maturity,
            PracticeService practices) {
        this.events = events;
        this.measurements = measurements;
        this.maturity = maturity;
        this.practices = practices;
    }

    public Baseline record(RecordBaseline command) {
        Baseline b = new Baseline();
        b.id = UUID.randomUUID();
        b.name = command.name().strip();
        b.service = command.service().strip();
        b.asOf = command.asOf() == null ? LocalDate.now(ZoneOffset.UTC) : command.asOf();
        Instant endOfDay = b.asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant cutOff = endOfDay.isAfter(Instant.now()) ? Instant.now() : endOfDay;
        b.kpis = command.kpis() != null
                ? new ArrayList<>(command.kpis().stream()
                        // a value given by hand stands for the baseline's moment: the end of asOf, or now for today
                        .map(k -> new Baseline.KpiValue(k.kpiKey(), Decimals.plain(k.value()), k.unit(), cutOff, "GIVEN"))
                        .toList())
                : measuredKpis(b.service, cutOff);
        List<MaturityAssessment> latest = maturity.latestPerProcess(b.service, b.asOf);
        b.maturity = new ArrayList<>(latest.stream().map(a -> new Baseline.ProcessMaturity(a.process, a.id, a.assessedOn,
                a.levels, a.overallLevel, a.targetLevel)).toList());
        List<Practice> inUse = practices.ofService(b.service, latest.stream().map(a -> a.process).toList(), cutOff);
        b.practices = new ArrayList<>(inUse.stream().map(p -> new Baseline.PracticeSnapshot(p.id, p.process, p.name,
                p.formality.name(), p.documented, p.owner)).toList());
        b.createdAt = Instant.now();
        b.persist();
        events.baselineRecorded(b);
        return b;
    }

    private List<Baseline.KpiValue> measuredKpis(String service, Instant cutOff) {
        List<Baseline.KpiValue> values = new ArrayList<>();
        for (String kpiKey : measurements.kpiKeys(service)) {
            List<Measurement> latest = measurements.latest(service, kpiKey, cutOff, 1);
            if (!latest.isEmpty()) {
                Measurement m = latest.get(0);
                values.add(new Baseline.KpiValue(kpiKey, Decimals.plain(m.reading.value), m.reading.unit,
                        m.reading.measuredAt, "MEASURED"));
            }
        }
        return values;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Baseline> find(UUID id) {
        return Baseline.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Baseline> list(String service, int page, int size) {
        Sort sort = Sort.descending("asOf", "createdAt");
        var query = service == null || service.isBlank() ? Baseline.<Baseline>findAll(sort)
                : Baseline.<Baseline>find("service", sort, service);
        return ResultPage.of(query.page(Page.of(page, size)).list(), page, size, query.count());
    }
}
