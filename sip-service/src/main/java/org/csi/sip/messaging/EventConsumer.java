package org.csi.sip.messaging;

import java.util.concurrent.CompletionStage;

import org.csi.events.CsiEventType;
import org.csi.events.payload.GapIdentified;
import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.TargetOutcome;
import org.csi.events.payload.TargetRegressed;
import org.csi.platform.messaging.EventHandlers;
import org.csi.platform.messaging.EventInbox;
import org.csi.sip.service.InitiativeProjector;
import org.csi.sip.service.SipDrafter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Drafts SIPs from csi.target.missed and csi.target.regressed (topic csi.initiatives) and csi.gap.identified (topic csi.assessments);
 * projects csi.initiative.created/updated so gap drafts know their initiative's title, owner, focus areas and cycle.
 * Idempotent and dead-lettering through {@link EventInbox}; every other event type on those topics is ignored.
 */
@ApplicationScoped
public class EventConsumer {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    EventConsumer(EventInbox inbox, SipDrafter drafter, InitiativeProjector initiatives) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(CsiEventType.TARGET_MISSED, TargetOutcome.class, drafter::targetMissed)
                .on(CsiEventType.TARGET_REGRESSED, TargetRegressed.class, drafter::targetRegressed)
                .on(CsiEventType.TARGET_ACHIEVED, TargetOutcome.class, drafter::targetAchieved)
                .on(CsiEventType.GAP_IDENTIFIED, GapIdentified.class, drafter::gapIdentified)
                .on(CsiEventType.INITIATIVE_CREATED, InitiativeDetails.class, initiatives::apply)
                .on(CsiEventType.INITIATIVE_UPDATED, InitiativeDetails.class, initiatives::apply);
    }

    @Incoming("initiative-events")
    @Blocking
    public CompletionStage<Void> onInitiativeEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.process(batch, handlers);
    }

    @Incoming("assessment-events")
    @Blocking
    public CompletionStage<Void> onAssessmentEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.process(batch, handlers);
    }
}
