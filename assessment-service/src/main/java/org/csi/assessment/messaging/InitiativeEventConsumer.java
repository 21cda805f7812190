package org.csi.assessment.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.assessment.service.ProjectionService;
import org.csi.events.CsiEventType;
import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.ObjectiveSet;
import org.csi.platform.messaging.EventHandlers;
import org.csi.platform.messaging.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Projects initiative-service's objectives (target of the gap analysis) and initiatives (focus areas and scope of a
 * gap); idempotent and dead-lettering through {@link EventInbox}.
 */
@ApplicationScoped
public class InitiativeEventConsumer {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    InitiativeEventConsumer(EventInbox inbox, ProjectionService projections) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(CsiEventType.OBJECTIVE_SET, ObjectiveSet.class, (event, objective) -> projections.objectiveSet(objective))
                .on(CsiEventType.INITIATIVE_CREATED, InitiativeDetails.class,
                        (event, initiative) -> projections.initiativeChanged(initiative))
                .on(CsiEventType.INITIATIVE_UPDATED, InitiativeDetails.class,
                        (event, initiative) -> projections.initiativeChanged(initiative));
    }

    @Incoming("initiative-events")
    @Blocking
    public void onInitiativeEvent(ConsumerRecord<String, String> record) {
        inbox.process(record, handlers);
    }
}
