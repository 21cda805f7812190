package org.csi.assessment.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.assessment.config.AssessmentConfig;
import org.csi.assessment.domain.GapObservation;
import org.csi.assessment.domain.InitiativeProjection;
import org.csi.assessment.domain.PerceptionResponse;
import org.csi.assessment.domain.RespondentType;
import org.csi.assessment.domain.ServiceGapModel;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.Violation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The Service Gap model: stores SERVQUAL responses and, after each one, re-computes the service's gaps; a gap 5 below
 * -threshold or a gap 1 larger than the threshold (either way) is announced once with csi.gap.identified until it closes.
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

    private void evaluate(String service) {
        ServiceGapModel.Result result = compute(service);
        Optional<InitiativeProjection> initiative = gaps.initiativeInScope("services", service);
        for (ServiceGapModel.DimensionGap d : result.dimensions()) {
            if (d.gap5() != null) {
                gaps.observe(GapObservation.gap5(service, d, threshold, initiative));
            }
            if (d.gap1() != null) {
                gaps.observe(GapObservation.gap1(service, d, threshold, initiative));
            }
        }
    }
}
