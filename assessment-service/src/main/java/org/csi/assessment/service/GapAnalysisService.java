package org.csi.assessment.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.assessment.domain.GapKind;
import org.csi.assessment.domain.InitiativeProjection;
import org.csi.assessment.domain.KpiGap;
import org.csi.assessment.domain.MaturityAssessment;
import org.csi.assessment.domain.Measurement;
import org.csi.assessment.domain.ObjectiveProjection;
import org.csi.assessment.rest.GapAnalysisResponse;
import org.csi.platform.domain.NotFoundException;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Re-evaluates every objective on the given series (after new measurements). */
    public void evaluateSeries(Collection<SeriesKey> series) {
        // sorted, so two transactions on overlapping series take their locks in the same order and never deadlock
        List<SeriesKey> sorted = series.stream().distinct()
                .sorted(java.util.Comparator.comparing(SeriesKey::service).thenComparing(SeriesKey::kpiKey)).toList();
        for (SeriesKey key : sorted) {
            lockSeries(key);
            ObjectiveProjection.<ObjectiveProjection>list("service = ?1 and kpiKey = ?2", key.service(), key.kpiKey())
                    .forEach(this::evaluate);
        }
    }

    /**
     * Serialises, until commit, the transactions that compare one series (service, KPI) with its objectives: a new
     * measurement and a newly projected objective. Without it, each of two concurrent transactions would compare
     * without the other's uncommitted row and neither would see the gap; with it, the second waits and then reads
     * what the first committed.
     */
    public void lockSeries(SeriesKey key) {
        Panache.getEntityManager()
                .createNativeQuery("SELECT CAST(pg_advisory_xact_lock(" + SERIES_LOCK_CLASS + ", hashtext(?1)) AS text)")
                .setParameter(1, key.service() + "|" + key.kpiKey())
                .getSingleResult();
    }

    /** The first key of the two-key advisory locks on series (a space apart from the relay's one-key lock). */
    private static final int SERIES_LOCK_CLASS = 0x6A9;

    /** Compares one objective with the latest measurement; opens, updates or closes its KPI gap. */
    public void evaluate(ObjectiveProjection o) {
        KpiGap gap = kpiGap(o);
        if (gap.status() == KpiGap.Status.NO_DATA) {
            return;
        }
        Optional<InitiativeProjection> initiative = InitiativeProjection.findByIdOptional(o.initiativeId);
        gaps.observe(new GapTracker.Observation(GapKind.KPI, o.service, o.objectiveId.toString(), o.initiativeId,
                o.objectiveId, null, o.kpiKey, null, gap.current(), o.targetValue, gap.gapSize(), o.direction,
                initiative.map(InitiativeProjection::primaryFocusArea).orElse(null), gap.beyondTolerance()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KpiGap kpiGap(ObjectiveProjection o) {
        List<Measurement> latest = Measurement.<Measurement>find("service = ?1 and kpiKey = ?2",
                Sort.descending("measuredAt", "recordedAt"), o.service, o.kpiKey).page(Page.ofSize(2)).list();
        if (latest.isEmpty()) {
            return KpiGap.of(o.targetValue, o.direction, o.tolerance, null, null);
        }
        var previous = latest.size() > 1 ? latest.get(1).value : o.baselineValue;
        return KpiGap.of(o.targetValue, o.direction, o.tolerance, latest.get(0).value, previous);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GapAnalysisResponse analyse(UUID initiativeId) {
        List<ObjectiveProjection> objectives = ObjectiveProjection.list("initiativeId", Sort.ascending("name"),
                initiativeId);
        Optional<InitiativeProjection> initiative = InitiativeProjection.findByIdOptional(initiativeId);
        if (objectives.isEmpty() && initiative.isEmpty()) {
            throw new NotFoundException("Initiative", initiativeId + " (no objective or initiative event received for it)");
        }
        List<GapAnalysisResponse.KpiGapEntry> kpis = new ArrayList<>();
        for (ObjectiveProjection o : objectives) {
            KpiGap gap = kpiGap(o);
            Instant measuredAt = Measurement.<Measurement>find("service = ?1 and kpiKey = ?2",
                    Sort.descending("measuredAt", "recordedAt"), o.service, o.kpiKey).firstResultOptional()
                    .map(m -> m.measuredAt).orElse(null);
            kpis.add(new GapAnalysisResponse.KpiGapEntry(o.objectiveId, o.name, o.service, o.kpiKey, o.unit,
                    o.direction.name(), GapTracker.strip(o.baselineValue), GapTracker.strip(o.targetValue),
                    GapTracker.strip(o.tolerance), o.dueDate, GapTracker.strip(gap.current()), measuredAt,
                    GapTracker.strip(gap.previous()), GapTracker.strip(gap.gapSize()), gap.status().name(),
                    gap.trend().name()));
        }
        List<GapAnalysisResponse.MaturityGapEntry> maturity = new ArrayList<>();
        initiative.ifPresent(i -> {
            for (String process : i.processes) {
                maturity.add(maturityGap(process, i.services));
            }
        });
        return new GapAnalysisResponse(initiativeId, initiative.map(i -> List.copyOf(i.focusAreas)).orElse(List.of()),
                kpis, maturity);
    }

    /** The latest assessment of the process for one of the services (or process-wide) against its target level. */
    private GapAnalysisResponse.MaturityGapEntry maturityGap(String process, List<String> services) {
        List<MaturityAssessment> assessments = services.isEmpty()
                ? MaturityAssessment.list("process", Sort.descending("assessedOn", "createdAt"), process)
                : MaturityAssessment.list("process = ?1 and (service in ?2 or service is null)",
                        Sort.descending("assessedOn", "createdAt"), process, services);
        if (assessments.isEmpty()) {
            return new GapAnalysisResponse.MaturityGapEntry(process, null, null, null, null, null, null, "NO_DATA",
                    "UNKNOWN");
        }
        MaturityAssessment latest = assessments.get(0);
        Integer previous = assessments.size() > 1 ? assessments.get(1).overallLevel : null;
        String trend = previous == null ? "UNKNOWN"
                : latest.overallLevel > previous ? "IMPROVING" : latest.overallLevel < previous ? "WORSENING" : "STABLE";
        Integer target = latest.targetLevel;
        Integer gapSize = target == null ? null : Math.max(0, target - latest.overallLevel);
        String status = target == null ? "NO_TARGET" : gapSize > 0 ? "GAP" : "MET";
        return new GapAnalysisResponse.MaturityGapEntry(process, latest.service, latest.overallLevel, target, gapSize,
                latest.assessedOn, previous, status, trend);
    }
}
