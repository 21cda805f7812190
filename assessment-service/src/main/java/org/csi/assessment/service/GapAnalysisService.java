package org.csi.assessment.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.csi.assessment.domain.GapObservation;
import org.csi.assessment.domain.InitiativeProjection;
import org.csi.assessment.domain.KpiGap;
import org.csi.assessment.domain.MaturityAssessment;
import org.csi.assessment.domain.MaturityGap;
import org.csi.assessment.domain.Measurement;
import org.csi.assessment.domain.ObjectiveGap;
import org.csi.assessment.domain.ObjectiveProjection;
import org.csi.platform.domain.KpiTarget;
import org.csi.platform.domain.NotFoundException;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

/**
 * Gap analysis: the objectives projected from csi.objective.set against the latest measurements, and the processes in an
 * initiative's scope against their target maturity. A KPI gap beyond tolerance emits csi.gap.identified (via
 * {@link GapTracker}) when a measurement or an objective arrives.
 */
@ApplicationScoped
@Transactional
public class GapAnalysisService {

    private final GapTracker gaps;

    GapAnalysisService(GapTracker gaps) {
        this.gaps = gaps;
    }

    public record SeriesKey(String service, String kpiKey) {
    }

    /**
     * Re-evaluates every objective on the given series (after new measurements). The series are locked first, all of
     * them and in sorted order, and then their objectives are read in one query: a bulk import touches many series and
     * two queries per series each made Hibernate dirty-check every entity the import had just persisted.
     */
    public void evaluateSeries(Collection<SeriesKey> series) {
        // sorted, so two transactions on overlapping series take their locks in the same order and never deadlock
        List<SeriesKey> sorted = series.stream().distinct()
                .sorted(Comparator.comparing(SeriesKey::service).thenComparing(SeriesKey::kpiKey)).toList();
        if (sorted.isEmpty()) {
            return;
        }
        sorted.forEach(this::lockSeries);
        Map<SeriesKey, List<ObjectiveProjection>> objectives = new HashMap<>();
        ObjectiveProjection.<ObjectiveProjection>list("target.service in ?1 and target.kpiKey in ?2",
                sorted.stream().map(SeriesKey::service).distinct().toList(),
                sorted.stream().map(SeriesKey::kpiKey).distinct().toList())
                .forEach(o -> objectives.computeIfAbsent(new SeriesKey(o.target.service, o.target.kpiKey),
                        k -> new ArrayList<>()).add(o));
        for (SeriesKey key : sorted) {
            objectives.getOrDefault(key, List.of()).forEach(this::evaluate);
        }
    }

    /**
     * Serialises, until commit, the transactions that compare one series (service, KPI) with its objectives: a new
     * measurement and a newly projected objective. Without it, each of two concurrent transactions would compare
     * without the other's uncommitted row and neither would see the gap; with it, the second waits and then reads
     * what the first committed. The lock reads no table, so the query does not flush the session first (a native
     * query otherwise flushes every pending change).
     */
    public void lockSeries(SeriesKey key) {
        Panache.getEntityManager()
                .createNativeQuery("SELECT CAST(pg_advisory_xact_lock(" + SERIES_LOCK_CLASS + ", hashtext(?1)) AS text)")
                .setParameter(1, key.service() + "|" + key.kpiKey())
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    }

    /** The first key of the two-key advisory locks on series (a space apart from the relay's one-key lock). */
    private static final int SERIES_LOCK_CLASS = 0x6A9;

    /** Compares one objective with the latest measurement; opens, updates or closes its KPI gap. */
    public void evaluate(ObjectiveProjection o) {
        KpiGap gap = objectiveGap(o).gap();
        if (gap.status() == KpiGap.Status.NO_DATA) {
            return;
        }
        gaps.observe(GapObservation.kpi(o, gap, InitiativeProjection.findByIdOptional(o.initiativeId)));
    }

    /** The objective against the latest measurement of its KPI (and the one before, or else its baseline value). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectiveGap objectiveGap(ObjectiveProjection o) {
        KpiTarget target = o.target;
        List<Measurement> latest = Measurement.<Measurement>find("service = ?1 and kpiKey = ?2",
                Sort.descending("reading.measuredAt", "recordedAt"), target.service, target.kpiKey).page(Page.ofSize(2)).list();
        if (latest.isEmpty()) {
            return new ObjectiveGap(o, KpiGap.of(target.targetValue, target.direction, target.tolerance, null, null),
                    null);
        }
        var previous = latest.size() > 1 ? latest.get(1).reading.value : target.baselineValue;
        return new ObjectiveGap(o,
                KpiGap.of(target.targetValue, target.direction, target.tolerance, latest.get(0).reading.value, previous),
                latest.get(0).reading.measuredAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GapAnalysis analyse(UUID initiativeId) {
        List<ObjectiveProjection> objectives = ObjectiveProjection.list("initiativeId", Sort.ascending("name"),
                initiativeId);
        Optional<InitiativeProjection> initiative = InitiativeProjection.findByIdOptional(initiativeId);
        if (objectives.isEmpty() && initiative.isEmpty()) {
            throw new NotFoundException("Initiative", initiativeId + " (no objective or initiative event received for it)");
        }
        List<ObjectiveGap> kpis = objectives.stream().map(this::objectiveGap).toList();
        List<MaturityGap> maturity = new ArrayList<>();
        initiative.ifPresent(i -> {
            for (String process : i.processes) {
                maturity.add(MaturityGap.of(process, newestAssessments(process, i.services)));
            }
        });
        return new GapAnalysis(initiativeId, initiative.map(i -> List.copyOf(i.focusAreas)).orElse(List.of()), kpis,
                maturity);
    }

    /** The assessments of the process for one of the services (or process-wide; any when none), newest first. */
    private static List<MaturityAssessment> newestAssessments(String process, List<String> services) {
        return services.isEmpty()
                ? MaturityAssessment.list("process", Sort.descending("assessedOn", "createdAt"), process)
                : MaturityAssessment.list("process = ?1 and (service in ?2 or service is null)",
                        Sort.descending("assessedOn", "createdAt"), process, services);
    }
}
