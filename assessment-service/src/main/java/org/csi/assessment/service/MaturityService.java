package org.csi.assessment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.csi.assessment.domain.GapObservation;
import org.csi.assessment.domain.MaturityAssessment;
import org.csi.assessment.domain.MaturityDimension;
import org.csi.assessment.messaging.AssessmentEvents;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.ResultPage;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Maturity assessments; recording one emits csi.maturity.assessed and checks the process against its target level. */
@ApplicationScoped
@Transactional
public class MaturityService {

    private final AssessmentEvents events;
    private final GapTracker gaps;

    MaturityService(AssessmentEvents events, GapTracker gaps) {
        this.events = events;
        this.gaps = gaps;
    }

    public MaturityAssessment record(RecordMaturityAssessment command) {
        List<MaturityDimension> missing = new ArrayList<>();
        for (MaturityDimension dimension : MaturityDimension.values()) {
            if (!command.levels().containsKey(dimension)) {
                missing.add(dimension);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidException("levels", "must rate every dimension; missing " + missing);
        }
        Map<MaturityDimension, Integer> levels = new EnumMap<>(command.levels());
        MaturityAssessment a = new MaturityAssessment();
        a.id = UUID.randomUUID();
        a.process = command.process().strip();
        a.service = blankToNull(command.service());
        a.model = command.model();
        a.assessmentType = command.assessmentType();
        a.assessor = command.by().name();
        a.assessorOnBehalfOf = command.by().onBehalfOf();
        a.assessedOn = command.assessedOn();
        a.levels = new LinkedHashMap<>();
        levels.forEach((d, l) -> a.levels.put(d.name(), l));
        a.overallLevel = MaturityAssessment.overallLevel(levels);
        a.targetLevel = command.targetLevel();
        a.evidence = command.evidence();
        a.createdAt = Instant.now();
        a.persist();
        events.maturityAssessed(a);
        if (a.targetLevel != null && isLatest(a)) {
            // a process below its target level is a MATURITY gap; reaching the target closes it
            gaps.observe(GapObservation.maturity(a, gaps.initiativeInScope("processes", a.process)));
        }
        return a;
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
    public List<MaturityAssessment> latestPerProcess(String service, LocalDate asOf) {
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
