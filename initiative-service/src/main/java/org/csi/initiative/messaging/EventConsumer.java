package org.csi.initiative.messaging;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.csi.events.payload.Benefit;
import org.csi.events.payload.BenefitMeasured;
import org.csi.initiative.domain.SipProjection;
import org.csi.platform.value.BenefitValue;
import org.csi.events.CsiEventType;
import org.csi.events.payload.MeasurementRecorded;
import org.csi.events.payload.SipDrafted;
import org.csi.events.payload.SipTransitioned;
import org.csi.initiative.service.MeasurementProjector;
import org.csi.initiative.service.RegressionWatcher;
import org.csi.initiative.service.SipProjector;
import org.csi.platform.messaging.EventHandlers;
import org.csi.platform.messaging.EventInbox;
import org.csi.platform.messaging.IncomingCloudEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The events initiative-service lives on: measurements (for reviews) and SIP outcomes (shown on objectives). Idempotent
 * and dead-lettering through {@link EventInbox}.
 */
@ApplicationScoped
public class EventConsumer {

    private final EventInbox inbox;
    private final EventHandlers assessmentHandlers;
    private final EventHandlers sipHandlers;

    EventConsumer(EventInbox inbox, MeasurementProjector measurements, SipProjector sips, RegressionWatcher watcher) {
        this.inbox = inbox;
        this.assessmentHandlers = EventHandlers.create()
                .on(CsiEventType.MEASUREMENT_RECORDED, MeasurementRecorded.class, (event, measurement) -> {
                    measurements.record(measurement);
                    watcher.measured(measurement); // the watched objectives of this KPI judge it
                })
                .on(CsiEventType.BENEFIT_MEASURED, BenefitMeasured.class,
                        (event, measured) -> sips.benefitMeasured(measured));
        this.sipHandlers = EventHandlers.create()
                .on(CsiEventType.SIP_DRAFTED, SipDrafted.class, (event, sip) -> value(sips.record(sip.objectiveId(),
                        sip.sipId(), sip.title(), "DRAFT", sip.owner(), event.time(), null), sip.expectedBenefits(),
                        null, sip.costAmount(), sip.costCurrency(), sip.effortPersonDays()))
                .on(CsiEventType.SIP_APPROVED, SipTransitioned.class, (event, sip) -> transitioned(sips, event, sip))
                .on(CsiEventType.SIP_COMPLETED, SipTransitioned.class, (event, sip) -> transitioned(sips, event, sip))
                .on(CsiEventType.SIP_CANCELLED, SipTransitioned.class, (event, sip) -> transitioned(sips, event, sip));
    }

    private static void transitioned(SipProjector sips, IncomingCloudEvent event, SipTransitioned sip) {
        value(sips.record(sip.objectiveId(), sip.sipId(), sip.title(), sip.status(), sip.by(), sip.at(), sip.note()),
                sip.expectedBenefits(), sip.realisedBenefits(), sip.costAmount(), sip.costCurrency(),
                sip.effortPersonDays());
    }

    /** Value (issue 17): the SIP's typed benefits, cost and effort, on the projection the event was applied to. */
    private static void value(SipProjection projected, List<Benefit> expected, List<Benefit> realised,
            BigDecimal cost, String currency, BigDecimal effort) {
        if (projected != null) {
            projected.value(BenefitValue.fromEvents(expected), BenefitValue.fromEvents(realised), cost, currency,
                    effort);
        }
    }

    @Incoming("assessment-events")
    @Blocking
    public CompletionStage<Void> onAssessmentEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.process(batch, assessmentHandlers);
    }

    @Incoming("sip-events")
    @Blocking
    public CompletionStage<Void> onSipEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.process(batch, sipHandlers);
    }
}
