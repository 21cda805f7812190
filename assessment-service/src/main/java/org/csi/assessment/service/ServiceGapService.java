package org.csi.assessment.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.csi.assessment.config.AssessmentConfig;
import org.csi.assessment.domain.CommitmentKind;
import org.csi.assessment.domain.FiveGaps;
import org.csi.assessment.domain.GapObservation;
import org.csi.assessment.domain.InitiativeProjection;
import org.csi.assessment.domain.Measurement;
import org.csi.assessment.domain.PerceptionResponse;
import org.csi.assessment.domain.RespondentType;
import org.csi.assessment.domain.ServiceCommitment;
import org.csi.assessment.domain.ServiceGap;
import org.csi.assessment.domain.ServiceGapModel;
import org.csi.assessment.domain.ServiceLevel;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.domain.Violation;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.FlushModeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The Service Gap model: stores SERVQUAL responses and the service's specification and promise, and after each change
 * (and after a measurement of a KPI they name) re-computes the five gaps ({@link FiveGaps}); each line beyond its
 * tolerance is announced once with csi.gap.identified until it closes. A line that no longer exists (its level was
 * removed) closes its gap.
 */
@ApplicationScoped
@Transactional
public class ServiceGapService {

    private final GapTracker gaps;
    private final BigDecimal threshold;

    ServiceGapService(GapTracker gaps, AssessmentConfig config) {
        this.gaps = gaps;
        this.threshold = config.serviceGaps().threshold();
    }

    public PerceptionResponse record(RecordPerceptionResponse command) {
        check(command);
        PerceptionResponse r = new PerceptionResponse();
        r.id = UUID.randomUUID();
        r.service = command.service().strip();
        r.respondentType = command.respondentType();
        r.respondent = command.respondent();
        r.recordedBy = command.by().name();
        r.surveyedOn = command.surveyedOn() == null ? LocalDate.now(ZoneOffset.UTC) : command.surveyedOn();
        r.ratings = new LinkedHashMap<>();
        command.ratings().forEach((d, rating) -> r.ratings.put(d.name(), rating.keptFor(r.respondentType)));
        if (command.importance() != null && !command.importance().isEmpty()) {
            r.importance = new LinkedHashMap<>();
            command.importance().forEach((d, points) -> r.importance.put(d.name(), points));
        }
        r.createdAt = Instant.now();
        r.persist();
        evaluate(r.service);
        return r;
    }

    private static void check(RecordPerceptionResponse command) {
        List<Violation> errors = new ArrayList<>();
        boolean customer = command.respondentType() == RespondentType.CUSTOMER;
        command.ratings().forEach((d, rating) -> {
            String field = "ratings." + d.name();
            if (rating.expectation() == null) {
                errors.add(new Violation(field + ".expectation", "is required"));
            }
            if (customer && rating.perception() == null) {
                errors.add(new Violation(field + ".perception", "is required for a CUSTOMER response"));
            }
            if (!customer && rating.perception() != null) {
                errors.add(new Violation(field + ".perception",
                        "is given by customers; a PROVIDER response rates expectation and specification"));
            }
        });
        if (command.importance() != null && !command.importance().isEmpty()) {
            if (!customer) {
                errors.add(new Violation("importance", "only CUSTOMER responses weigh the dimensions"));
            } else if (command.importance().values().stream().mapToInt(Integer::intValue).sum() == 0) {
                errors.add(new Violation("importance", "must give at least one dimension some points"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
    }

    /** The gaps of the service with the threshold that decides which are announced. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceGapReport report(String service) {
        return new ServiceGapReport(service, compute(service), threshold);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PerceptionResponse> responses(String service) {
        return PerceptionResponse.list("service", Sort.ascending("createdAt"), service);
    }

    private ServiceGapModel.Result compute(String service) {
        return ServiceGapModel.compute(responses(service));
    }

    /** The specification or promise of a service. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServiceCommitment> commitment(String service, CommitmentKind kind) {
        return ServiceCommitment.find("service = ?1 and kind = ?2", service, kind).firstResultOptional();
    }

    /** The specification or promise of a service, or NotFoundException when none was recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceCommitment requireCommitment(String service, CommitmentKind kind) {
        return commitment(service, kind).orElseThrow(() -> new NotFoundException(
                kind == CommitmentKind.SPECIFICATION ? "Service specification" : "Service promise", service));
    }

    /** Sets the levels (replacing the earlier ones), then re-computes the gaps they feed. */
    public ServiceCommitment setLevels(SetServiceLevels command) {
        checkLevels(command.levels());
        String service = command.service().strip();
        lockService(service);
        Optional<ServiceCommitment> existing = commitment(service, command.kind());
        ServiceCommitment c;
        if (existing.isPresent()) {
            c = existing.get();
            command.expected().verify(c.version);
        } else {
            c = new ServiceCommitment();
            c.id = UUID.randomUUID();
            c.service = service;
            c.kind = command.kind();
        }
        c.levels = new ArrayList<>(command.levels());
        c.updatedBy = command.by().name();
        c.updatedOnBehalfOf = command.by().onBehalfOf();
        c.updatedAt = Instant.now();
        if (existing.isEmpty()) {
            c.persist();
        }
        ServiceCommitment.getEntityManager().flush(); // the new version goes into the ETag of the answer
        evaluate(service);
        return c;
    }

    /**
     * Neither or both of dimension and kpiKey, a dimension level outside 1-7 or with KPI fields, a KPI level without
     * direction, a dimension or KPI named twice: refused before anything is stored.
     */
    private static void checkLevels(List<ServiceLevel> levels) {
        List<Violation> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            ServiceLevel l = levels.get(i);
            String field = "levels[" + i + "]";
            if ((l.dimension() == null) == (l.kpiKey() == null || l.kpiKey().isBlank())) {
                errors.add(new Violation(field, "names either a dimension or a kpiKey, and not both"));
                continue;
            }
            if (l.aboutDimension()) {
                if (l.value().compareTo(BigDecimal.ONE) < 0 || l.value().compareTo(BigDecimal.valueOf(7)) > 0) {
                    errors.add(new Violation(field + ".value", "a dimension level is on the 1-7 rating scale"));
                }
                if (l.unit() != null || l.direction() != null || l.tolerance() != null) {
                    errors.add(new Violation(field, "unit, direction and tolerance are for KPI levels; a dimension "
                            + "level is a 1-7 rating (higher is better) and the configured threshold is its tolerance"));
                }
            } else if (l.direction() == null) {
                errors.add(new Violation(field + ".direction", "is required for a KPI level"));
            }
            if (!seen.add((l.aboutDimension() ? "d:" : "k:") + l.subject())) {
                errors.add(new Violation(field, (l.aboutDimension() ? "dimension " : "kpiKey ") + l.subject()
                        + " is named twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
    }

    /** The whole model of a service: gaps 1-5 per dimension and, for gaps 3 and 4, per KPI. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GapModelReport gapModel(String service) {
        ServiceGapModel.Result servqual = compute(service);
        ServiceCommitment specification = commitment(service, CommitmentKind.SPECIFICATION).orElse(null);
        ServiceCommitment promise = commitment(service, CommitmentKind.PROMISE).orElse(null);
        FiveGaps.Model model = FiveGaps.compute(service, servqual, levels(specification), levels(promise),
                delivered(service, specification, promise), threshold);
        return new GapModelReport(model, specification, promise, servqual.customerRespondents(),
                servqual.providerRespondents());
    }

    /**
     * After measurements: re-computes the gaps 3 and 4 of the services whose specification or promise names one of
     * the measured KPIs (one query for all the measured services).
     */
    public void measured(Collection<GapAnalysisService.SeriesKey> series) {
        if (series.isEmpty()) {
            return;
        }
        List<String> services = series.stream().map(GapAnalysisService.SeriesKey::service).distinct().toList();
        Set<String> affected = new HashSet<>();
        ServiceCommitment.<ServiceCommitment>list("service in ?1", services).forEach(c -> {
            if (c.levels.stream().anyMatch(l -> !l.aboutDimension()
                    && series.contains(new GapAnalysisService.SeriesKey(c.service, l.kpiKey())))) {
                affected.add(c.service);
            }
        });
        affected.stream().sorted().forEach(this::evaluate);
    }

    private static List<ServiceLevel> levels(ServiceCommitment c) {
        return c == null ? List.of() : c.levels;
    }

    /** The latest measurement of each KPI the specification or promise names. */
    private static Map<String, FiveGaps.Delivered> delivered(String service, ServiceCommitment... commitments) {
        Map<String, FiveGaps.Delivered> delivered = new HashMap<>();
        for (ServiceCommitment c : commitments) {
            for (ServiceLevel l : levels(c)) {
                if (!l.aboutDimension() && !delivered.containsKey(l.kpiKey())) {
                    Measurement.<Measurement>find("service = ?1 and kpiKey = ?2",
                            Sort.descending("reading.measuredAt", "recordedAt"),
                            service, l.kpiKey()).firstResultOptional()
                            .ifPresent(m -> delivered.put(l.kpiKey(), new FiveGaps.Delivered(m.reading.value,
                                    m.reading.unit, m.reading.measuredAt)));
                }
            }
        }
        return delivered;
    }

    /**
     * Serialises, until commit, the transactions that re-compute one service's model (a response, a change of its
     * levels, a measurement), so two of them cannot both miss each other's row (as GapAnalysisService.lockSeries).
     */
    private static void lockService(String service) {
        Panache.getEntityManager()
                .createNativeQuery("SELECT CAST(pg_advisory_xact_lock(" + SERVICE_LOCK_CLASS + ", hashtext(?1)) AS text)")
                .setParameter(1, service)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    }

    /** The first key of the two-key advisory locks on a service's gap model (apart from the series locks). */
    private static final int SERVICE_LOCK_CLASS = 0x6AA;

    private void evaluate(String service) {
        lockService(service);
        FiveGaps.Model model = gapModel(service).model();
        Optional<InitiativeProjection> initiative = gaps.initiativeInScope("services", service);
        Map<ServiceGap, Set<String>> present = new HashMap<>();
        for (FiveGaps.Line line : model.lines()) {
            gaps.observe(GapObservation.serviceGap(service, line, initiative));
            present.computeIfAbsent(line.gap(), g -> new HashSet<>()).add(line.subject());
        }
        for (ServiceGap g : List.of(ServiceGap.GAP_2, ServiceGap.GAP_3, ServiceGap.GAP_4)) {
            gaps.closeOthers(service, g.kind(), present.getOrDefault(g, Set.of()));
        }
    }
}
