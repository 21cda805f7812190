package org.csi.assessment.messaging;

import java.util.Map;

import org.csi.assessment.domain.Baseline;
import org.csi.assessment.domain.Decimals;
import org.csi.assessment.domain.GapObservation;
import org.csi.assessment.domain.MaturityAssessment;
import org.csi.assessment.domain.Measurement;
import org.csi.assessment.domain.OpenGap;
import org.csi.assessment.domain.ServiceGap;
import org.csi.events.CsiEventType;
import org.csi.events.payload.BaselineRecorded;
import org.csi.events.payload.GapIdentified;
import org.csi.events.payload.MaturityAssessed;
import org.csi.events.payload.MeasurementRecorded;
import org.csi.platform.outbox.Outbox;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place where assessment-service's domain objects become csi-events payloads, and where each event's Kafka key
 * is chosen (see the README's event table). Services call it in their transaction; the outbox writes the event with
 * the state change. The {@code payload} methods are the plain mapping, without the outbox.
 */
@ApplicationScoped
public class AssessmentEvents {

    private final Outbox outbox;

    AssessmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** csi.measurement.recorded, keyed by service: a measurement belongs to no single initiative. */
    public void measurementRecorded(Measurement m) {
        outbox.emit(CsiEventType.MEASUREMENT_RECORDED, m.id, m.service, payload(m));
    }

    /** csi.maturity.assessed, keyed by the service assessed, or the process for a process-wide assessment. */
    public void maturityAssessed(MaturityAssessment a) {
        outbox.emit(CsiEventType.MATURITY_ASSESSED, a.id, a.eventKey(), payload(a));
    }

    /** csi.baseline.recorded, keyed by service. */
    public void baselineRecorded(Baseline b) {
        outbox.emit(CsiEventType.BASELINE_RECORDED, b.id, b.service, payload(b));
    }

    /** csi.gap.identified for a gap opened now, keyed by its initiative when known, else by its service. */
    public void gapIdentified(OpenGap gap, GapObservation found) {
        Object key = gap.initiativeId != null ? gap.initiativeId : gap.service;
        outbox.emit(CsiEventType.GAP_IDENTIFIED, gap.id, key, payload(gap, found));
    }

    static MeasurementRecorded payload(Measurement m) {
        return new MeasurementRecorded(m.id, m.kpiKey, m.service, Decimals.plain(m.reading.value), m.reading.unit,
                m.reading.measuredAt,
                m.sourceSystem, m.sourceId);
    }

    static MaturityAssessed payload(MaturityAssessment a) {
        return MaturityAssessed.builder()
                .assessmentId(a.id)
                .process(a.process)
                .service(a.service)
                .model(a.model.name())
                .assessmentType(a.assessmentType.name())
                .assessor(a.assessor)
                .onBehalfOf(a.assessorOnBehalfOf)
                .assessedOn(a.assessedOn)
                .levels(Map.copyOf(a.levels))
                .overallLevel(a.overallLevel)
                .targetLevel(a.targetLevel)
                .build();
    }

    static BaselineRecorded payload(Baseline b) {
        return new BaselineRecorded(b.id, b.name, b.service, b.asOf,
                b.kpis.stream().map(k -> new BaselineRecorded.KpiValue(k.kpiKey(), k.value(), k.unit(), k.measuredAt()))
                        .toList(),
                b.maturity.stream().map(m -> new BaselineRecorded.ProcessMaturity(m.process(), m.overallLevel(),
                        m.targetLevel())).toList(),
                b.practices.size());
    }

    /** The gap as it was when it opened: the numbers of the observation that opened it. */
    static GapIdentified payload(OpenGap gap, GapObservation found) {
        return GapIdentified.builder()
                .gapId(gap.id)
                .gapKind(gap.gapKind.name())
                .initiativeId(gap.initiativeId)
                .objectiveId(found.objectiveId())
                .service(gap.service)
                .process(found.process())
                .kpiKey(found.kpiKey())
                .dimension(found.dimension())
                .currentValue(Decimals.plain(gap.currentValue))
                .targetValue(Decimals.plain(gap.targetValue))
                .gapSize(Decimals.plain(gap.gapSize))
                .direction(found.direction().name())
                .focusArea(found.focusArea())
                .identifiedAt(gap.openedAt)
                .gapNumber(ServiceGap.of(gap.gapKind).map(ServiceGap::number).orElse(null))
                .lifecycleStage(ServiceGap.of(gap.gapKind).map(g -> g.stage().name()).orElse(null))
                .perspective(ServiceGap.of(gap.gapKind).map(g -> g.perspective().name()).orElse(null))
                .build();
    }

    /** Value (issue 17): a completed SIP's benefit re-measured; keyed by its initiative (by the SIP without one). */
    public void benefitMeasured(org.csi.assessment.domain.SipRealisation sip,
            org.csi.assessment.domain.Realisation r, java.util.UUID checkpointId, java.time.Instant at) {
        outbox.emit(CsiEventType.BENEFIT_MEASURED, sip.sipId, sip.initiativeId != null ? sip.initiativeId : sip.sipId,
                payload(sip, r, checkpointId, at));
    }

    public static org.csi.events.payload.BenefitMeasured payload(org.csi.assessment.domain.SipRealisation sip,
            org.csi.assessment.domain.Realisation r, java.util.UUID checkpointId, java.time.Instant at) {
        return new org.csi.events.payload.BenefitMeasured(sip.sipId, sip.initiativeId, sip.objectiveId, checkpointId,
                sip.service, sip.kpiKey, sip.direction.name(), sip.targetValue, r.beforeFrom(), r.beforeTo(),
                r.beforeMean(), r.beforeCount(), r.afterFrom(), r.afterTo(), r.afterMean(), r.afterCount(),
                r.effectiveness(), org.csi.platform.value.Roi.perYear(sip.realisedBenefits, sip.costAmount,
                        sip.costCurrency), at);
    }
}
