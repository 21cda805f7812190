package org.csi.assessment.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.assessment.config.AssessmentConfig;
import org.csi.assessment.domain.Realisation;
import org.csi.assessment.domain.SipRealisation;
import org.csi.assessment.messaging.AssessmentEvents;
import org.csi.events.payload.CheckpointReviewed;
import org.csi.events.payload.SipTransitioned;
import org.csi.platform.domain.Direction;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.value.BenefitValue;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Value (issue 17): re-measures the benefit of completed SIPs from their KPI. It lives here because assessment-service
 * owns the measurements (the whole series, not only the newest value that initiative-service projects): it keeps the
 * completed SIPs from csi.sip.completed, computes a realisation on request, and at each reviewed checkpoint of the
 * SIP's initiative re-measures it and emits csi.benefit.measured (initiative-service projects it onto the register).
 */
@ApplicationScoped
@Transactional
public class RealisationService {

    private static final Logger LOG = Logger.getLogger(RealisationService.class);

    private final EntityManager em;
    private final AssessmentEvents events;
    private final int beforeDays;

    RealisationService(EntityManager em, AssessmentEvents events, AssessmentConfig config) {
        this.em = em;
        this.events = events;
        this.beforeDays = config.realisation().beforeDays();
    }

    /** A realisation with the SIP it measures. */
    public record Measured(SipRealisation sip, Realisation realisation) {
    }

    /** csi.sip.completed: keeps what is needed to re-measure the SIP; a SIP without a KPI target is not measurable. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sipCompleted(SipTransitioned completed) {
        if (completed.kpiKey() == null || completed.targetValue() == null || completed.direction() == null) {
            LOG.debugf("SIP %s has no KPI target to re-measure; ignored", completed.sipId());
            return;
        }
        SipRealisation sip = SipRealisation.findById(completed.sipId());
        if (sip == null) {
            sip = new SipRealisation();
            sip.sipId = completed.sipId();
        }
        sip.initiativeId = completed.initiativeId();
        sip.objectiveId = completed.objectiveId();
        sip.title = completed.title();
        sip.service = completed.service();
        sip.kpiKey = completed.kpiKey();
        sip.direction = Direction.valueOf(completed.direction());
        sip.baselineValue = completed.baselineValue();
        sip.targetValue = completed.targetValue();
        sip.approvedAt = completed.approvedAt();
        sip.completedAt = completed.at();
        sip.realisedBenefits = BenefitValue.fromEvents(completed.realisedBenefits());
        sip.costAmount = completed.costAmount();
        sip.costCurrency = completed.costCurrency();
        sip.receivedAt = Instant.now();
        sip.persist();
    }

    /**
     * csi.checkpoint.reviewed: re-measures every SIP of the initiative completed before the review, up to the review;
     * emits csi.benefit.measured for each that has measurements after its completion.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkpointReviewed(CheckpointReviewed review) {
        Instant upTo = review.reviewedAt() == null ? Instant.now() : review.reviewedAt();
        for (SipRealisation sip : SipRealisation.completedBefore(review.initiativeId(), upTo)) {
            Realisation realisation = measure(sip, upTo);
            if (realisation.afterCount() == 0) {
                continue; // nothing measured since the SIP completed: nothing to say yet
            }
            sip.lastEffectiveness = realisation.effectiveness();
            sip.lastMeasuredAt = Instant.now();
            events.benefitMeasured(sip, realisation, review.checkpointId(), sip.lastMeasuredAt);
        }
    }

    /** The realisation of a completed SIP as of now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Measured get(UUID sipId) {
        SipRealisation sip = SipRealisation.<SipRealisation>findByIdOptional(sipId)
                .orElseThrow(() -> new NotFoundException("Completed SIP with a KPI target", sipId));
        return new Measured(sip, measure(sip, Instant.now()));
    }

    private Realisation measure(SipRealisation sip, Instant upTo) {
        Instant[] before = Realisation.beforeWindow(sip, beforeDays);
        List<BigDecimal> beforeValues = values(sip, before[0], before[1], false);
        List<BigDecimal> afterValues = values(sip, sip.completedAt, upTo, true);
        return Realisation.of(sip, before, beforeValues, upTo, afterValues);
    }

    /** The KPI's values in [from, to) (before) or (from, to] (after). */
    private List<BigDecimal> values(SipRealisation sip, Instant from, Instant to, boolean after) {
        String window = after ? "m.reading.measuredAt > :from and m.reading.measuredAt <= :to"
                : "m.reading.measuredAt >= :from and m.reading.measuredAt < :to";
        return em.createQuery("select m.reading.value from Measurement m where m.service = :service"
                + " and m.kpiKey = :kpi and " + window, BigDecimal.class)
                .setParameter("service", sip.service).setParameter("kpi", sip.kpiKey)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
