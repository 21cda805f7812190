package org.csi.assessment.messaging;

import java.util.concurrent.CompletionStage;

import org.csi.assessment.service.InitiativeProjector;
import org.csi.assessment.service.ObjectiveProjector;
import org.csi.assessment.service.RealisationService;
import org.csi.events.payload.CheckpointReviewed;
import org.csi.events.payload.SipTransitioned;
import org.csi.events.CsiEventType;
import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.ObjectiveSet;
import org.csi.platform.messaging.EventHandlers;
import org.csi.platform.messaging.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The events assessment-service consumes (topic csi.initiatives): initiative-service's objectives (the targets of the
 * gap analysis) and initiatives (focus areas and scope of a gap), each handed to its projector; idempotent and
 * dead-lettering through {@link EventInbox}.
 */
@ApplicationScoped
public class EventConsumer {

    private final EventInbox inbox;
    private final EventHandlers handlers;
    private final EventHandlers sipHandlers;

    EventConsumer(EventInbox inbox, ObjectiveProjector objectives, InitiativeProjector initiatives,
            RealisationService realisations) {
        this.inbox = inbox;
        this.sipHandlers = EventHandlers.create()
                .on(CsiEventType.SIP_COMPLETED, SipTransitioned.class, (event, sip) -> realisations.sipCompleted(sip));
        this.handlers = EventHandlers.create()
                .on(CsiEventType.CHECKPOINT_REVIEWED, CheckpointReviewed.class,
                        (event, review) -> realisations.checkpointReviewed(review))
                .on(CsiEventType.OBJECTIVE_SET, ObjectiveSet.class, (event, objective) -> objectives.objectiveSet(objective))
                .on(CsiEventType.INITIATIVE_CREATED, InitiativeDetails.class,
                        (event, initiative) -> initiatives.initiativeChanged(initiative))
                .on(CsiEventType.INITIATIVE_UPDATED, InitiativeDetails.class,
                        (event, initiative) -> initiatives.initiativeChanged(initiative));
    }

    @Incoming("initiative-events")
    @Blocking
    public CompletionStage<Void> onInitiativeEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.process(batch, handlers);
    }

    /** Value (issue 17): completed SIPs, whose benefit is re-measured from their KPI. */
    @Incoming("sip-events")
    @Blocking
    public CompletionStage<Void> onSipEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.process(batch, sipHandlers);
    }
}
