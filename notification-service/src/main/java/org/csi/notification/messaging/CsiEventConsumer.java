package org.csi.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
import org.csi.events.payload.InitiativeDetails;
import org.csi.notification.service.CommunicationService;
import org.csi.notification.service.MessageComposer;
import org.csi.platform.messaging.EventHandlers;
import org.csi.platform.messaging.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns CSI events into communications; idempotent and dead-lettering through {@link EventInbox}. */
@ApplicationScoped
public class CsiEventConsumer {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    CsiEventConsumer(EventInbox inbox, CommunicationService communications, MessageComposer composer) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(CsiEventType.INITIATIVE_CREATED, InitiativeDetails.class, (event, initiative) -> communications
                        .recordFeed(event, initiative.initiativeId(), composer.initiativeCreated(initiative)));
    }

    @Incoming("initiative-events")
    @Blocking
    public void onInitiativeEvent(ConsumerRecord<String, String> record) {
        inbox.process(record, handlers);
    }
}
