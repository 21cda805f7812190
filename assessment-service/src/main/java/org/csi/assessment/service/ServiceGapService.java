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
import org.csi.assessment.domain.GapKind;
import org.csi.assessment.domain.InitiativeProjection;
import org.csi.assessment.domain.PerceptionResponse;
import org.csi.assessment.domain.RespondentType;
import org.csi.assessment.domain.ServiceGapModel;
import org.csi.assessment.rest.PerceptionResponseRequest;
import org.csi.platform.domain.Direction;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.Violation;
import org.csi.platform.identity.Actor;

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

    public BigDecimal threshold() {
        return threshold;
    }

    public PerceptionResponse record(String service, PerceptionResponseRequest request, Actor by) {
        check(request);
        PerceptionResponse r = new PerceptionResponse();
        r.id = UUID.randomUUID();
        r.service = service.strip();
        r.respondentType = request.respondentType();
        r.respondent = request.respondent();
        r.recordedBy = by.name();
        r.surveyedOn = request.surveyedOn() == null ? LocalDate.now(ZoneOffset.UTC) : request.surveyedOn();
        r.ratings = new LinkedHashMap<>();
        request.ratings().forEach((d, rating) -> r.ratings.put(d.name(), customerOrProvider(r.respondentType, rating)));
        if (request.importance() != null && !request.importance().isEmpty()) {
            r.importance = new LinkedHashMap<>();
            request.importance().forEach((d, points) -> r.importance.put(d.name(), points));
        }
        r.createdAt = Instant.now();
        r.persist();
        evaluate(r.service);
        return r;
    }

    /** Keeps only the ratings that belong to the respondent type. */
    private static PerceptionResponse.Rating customerOrProvider(RespondentType type, PerceptionResponseRequest.Rating r) {
        return type == RespondentType.CUSTOMER ? new PerceptionResponse.Rating(r.expectation(), r.perception(), null)
                : new PerceptionResponse.Rating(r.expectation(), null, r.specification());
    }

    private static void check(PerceptionResponseRequest request) {
        List<Violation> errors = new ArrayList<>();
        boolean customer = request.respondentType() == RespondentType.CUSTOMER;
        request.ratings().forEach((d, rating) -> {
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
        if (request.importance() != null && !request.importance().isEmpty()) {
            if (!customer) {
                errors.add(new Violation("importance", "only CUSTOMER responses weigh the dimensions"));
            } else if (request.importance().values().stream().mapToInt(Integer::intValue).sum() == 0) {
                errors.add(new Violation("importance", "must give at least one dimension some points"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceGapModel.Result compute(String service) {
        return ServiceGapModel.compute(PerceptionResponse.list("service", Sort.ascending("createdAt"), service));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PerceptionResponse> responses(String service) {
        return PerceptionResponse.list("service", Sort.ascending("createdAt"), service);
    }

    private void evaluate(String service) {
        ServiceGapModel.Result result = compute(service);
        Optional<InitiativeProjection> initiative = gaps.initiativeInScope("services", service);
        for (ServiceGapModel.DimensionGap d : result.dimensions()) {
            if (d.gap5() != null) {
                // Perception short of expectation; focus area of the SIP: the initiative's, else customer satisfaction.
                gaps.observe(new GapTracker.Observation(GapKind.SERVICE_GAP_5, service, d.dimension().name(),
                        initiative.map(i -> i.initiativeId).orElse(null), null, null, null, d.dimension().name(),
                        d.meanPerception(), d.meanExpectation(), d.gap5().negate().max(BigDecimal.ZERO),
                        Direction.HIGHER_IS_BETTER, focusArea(initiative, "CUSTOMER_SATISFACTION"),
                        d.gap5().compareTo(threshold.negate()) < 0));
            }
            if (d.gap1() != null) {
                // Management under- (or over-) estimates what customers expect: either way it must learn.
                gaps.observe(new GapTracker.Observation(GapKind.SERVICE_GAP_1, service, d.dimension().name(),
                        initiative.map(i -> i.initiativeId).orElse(null), null, null, null, d.dimension().name(),
                        d.meanProviderExpectation(), d.meanExpectation(), d.gap1().abs(),
                        d.gap1().signum() <= 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
                        focusArea(initiative, "SERVICE_QUALITY"), d.gap1().abs().compareTo(threshold) > 0));
            }
        }
    }

    private static String focusArea(Optional<InitiativeProjection> initiative, String otherwise) {
        return initiative.map(InitiativeProjection::primaryFocusArea).orElse(otherwise);
    }

}
