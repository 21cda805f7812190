package org.csi.assessment.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.csi.assessment.domain.GapKind;
import org.csi.assessment.domain.InitiativeProjection;
import org.csi.assessment.domain.MaturityAssessment;
import org.csi.assessment.domain.MaturityDimension;
import org.csi.assessment.rest.MaturityAssessmentRequest;
import org.csi.events.CsiEventType;
import org.csi.platform.domain.Direction;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.identity.Actor;
import org.csi.platform.outbox.Outbox;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Maturity assessments; recording one emits csi.maturity.assessed and checks the process against its target level. */
@ApplicationScoped
@Transactional
public class MaturityService {

    private final Outbox outbox;
    private final GapTracker gaps;

    MaturityService(Outbox outbox, GapTracker gaps) {
        this.outbox = outbox;
        this.gaps = gaps;
    }

    public MaturityAssessment record(MaturityAssessmentRequest request, Actor by) {
        List<MaturityDimension> missing = new ArrayList<>();
        for (MaturityDimension dimension : MaturityDimension.values()) {
            if (!request.levels().containsKey(dimension)) {
                missing.add(dimension);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidException("levels", "must rate every dimension; missing " + missing);
        }
        Map<MaturityDimension, Integer> levels = new EnumMap<>(request.levels());
        MaturityAssessment a = new MaturityAssessment();
        a.id = UUID.randomUUID();
        a.process = request.process().strip();
        a.service = blankToNull(request.service());
        a.model = request.model();
        a.assessmentType = request.assessmentType();
        a.assessor = by.name();
        a.assessorOnBehalfOf = by.onBehalfOf();
        a.assessedOn = request.assessedOn();
        a.levels = new LinkedHashMap<>();
        levels.forEach((d, l) -> a.levels.put(d.name(), l));
        a.overallLevel = MaturityAssessment.overallLevel(levels);
        a.targetLevel = request.targetLevel();
        a.evidence = request.evidence();
        a.createdAt = Instant.now();
        a.persist();
        outbox.emit(CsiEventType.MATURITY_ASSESSED, a.id, a.eventKey(), a.event());
        if (a.targetLevel != null && isLatest(a)) {
            observeTarget(a);
        }
        return a;
    }

    /** A process below its target level is a MATURITY gap; reaching the target closes it. */
    private void observeTarget(MaturityAssessment a) {
        Optional<InitiativeProjection> initiative = gaps.initiativeInScope("processes", a.process);
        int shortfall = a.targetLevel - a.overallLevel;
        gaps.observe(new GapTracker.Observation(GapKind.MATURITY, a.eventKey(), a.process,
                initiative.map(i -> i.initiativeId).orElse(null), null, a.process, null, null,
                BigDecimal.valueOf(a.overallLevel), BigDecimal.valueOf(a.targetLevel),
                BigDecimal.valueOf(Math.max(0, shortfall)), Direction.HIGHER_IS_BETTER,
                initiative.map(InitiativeProjection::primaryFocusArea).orElse(null), shortfall > 0));
    }

    /** A late entry of an older assessment must not reopen or close a gap the newer one decided. */
    private static boolean isLatest(MaturityAssessment a) {
        return MaturityAssessment.count("process = ?1 and coalesce(service, '') = ?2 and assessedOn > ?3", a.process,
                a.service == null ? "" : a.service, a.assessedOn) == 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MaturityAssessment> find(UUID id) {
        return MaturityAssessment.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<MaturityAssessment> list(String process, String service, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (process != null && !process.isBlank()) {
            clauses.add("process = :process");
            params.and("process", process);
        }
        if (service != null && !service.isBlank()) {
            clauses.add("service = :service");
            params.and("service", service);
        }
        Sort sort = Sort.descending("assessedOn", "createdAt");
        var query = clauses.isEmpty() ? MaturityAssessment.<MaturityAssessment>findAll(sort)
                : MaturityAssessment.<MaturityAssessment>find(String.join(" and ", clauses), sort, params);
        return ResultPage.of(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    /** Oldest first, so improvement over time reads top to bottom. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MaturityAssessment> history(String process, String service) {
        Sort sort = Sort.ascending("assessedOn", "createdAt");
        if (service == null || service.isBlank()) {
            return MaturityAssessment.list("process", sort, process);
        }
        return MaturityAssessment.list("process = ?1 and (service = ?2 or service is null)", sort, process, service);
    }

    /** The latest assessment of every process assessed for the service, as of the end of a date (null: now). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MaturityAssessment> latestPerProcess(String service, java.time.LocalDate asOf) {
        List<MaturityAssessment> all = asOf == null
                ? MaturityAssessment.list("service", Sort.ascending("assessedOn", "createdAt"), service)
                : MaturityAssessment.list("service = ?1 and assessedOn <= ?2", Sort.ascending("assessedOn", "createdAt"),
                        service, asOf);
        Map<String, MaturityAssessment> latest = new LinkedHashMap<>();
        all.forEach(a -> latest.put(a.process, a));
        return List.copyOf(latest.values());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
