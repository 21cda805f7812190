package org.csi.initiative.service;

import java.time.Instant;
import java.util.UUID;

import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.SipProjection;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Shows on an objective what became of the Service Improvement Plans drafted for it (from csi.sip.* events). */
@ApplicationScoped
public class SipProjector {

    /** Regression watch (issue 17 part 3): a completed SIP keeps its objective's KPI watched. */
    @jakarta.inject.Inject
    RegressionWatcher watcher;

    private static final Logger LOG = Logger.getLogger(SipProjector.class);

    /**
     * Keeps the latest state of each SIP of an objective. An event about an objective this service does not know (a
     * SIP drafted by hand with another suite's objective id) is acknowledged and ignored; an older transition arriving
     * after a newer one is ignored too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SipProjection record(UUID objectiveId, UUID sipId, String title, String status, String by, Instant at,
            String note) {
        if (objectiveId == null) {
            return null; // a SIP outside any objective
        }
        Objective objective = Objective.findById(objectiveId);
        if (objective == null) {
            LOG.infof("SIP %s names objective %s, which initiative-service does not know; ignored", sipId, objectiveId);
            return null;
        }
        SipProjection sip = SipProjection.findById(new SipProjection.Key(objectiveId, sipId));
        if (sip == null) {
            sip = new SipProjection();
            sip.objectiveId = objectiveId;
            sip.sipId = sipId;
            sip.status = status;
            sip.changedAt = at;
            sip.persist();
        } else if (at.isBefore(sip.changedAt)) {
            return null;
        }
        sip.initiativeId = objective.initiativeId; // value (issue 17): the register totals per initiative
        sip.title = title;
        sip.status = status;
        sip.changedBy = by;
        sip.changedAt = at;
        sip.note = note;
        if ("COMPLETED".equals(status)) {
            watcher.sipCompleted(objectiveId, sipId, at);
        }
        return sip;
    }

    /**
     * Value (issue 17): the effectiveness assessment-service re-measured for a SIP (csi.benefit.measured); an older
     * measurement arriving after a newer one changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void benefitMeasured(org.csi.events.payload.BenefitMeasured measured) {
        for (SipProjection sip : SipProjection.<SipProjection>list("sipId", measured.sipId())) {
            if (sip.effectivenessMeasuredAt == null || !measured.measuredAt().isBefore(sip.effectivenessMeasuredAt)) {
                sip.effectiveness = measured.effectiveness();
                sip.effectivenessMeasuredAt = measured.measuredAt();
            }
        }
    }
}
