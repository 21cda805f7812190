package org.csi.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
import org.csi.notification.service.DeliveryWorker;
import org.csi.notification.service.EventRouter;
import org.csi.notification.service.ReceivedEvent;
import org.csi.platform.messaging.EventHandlers;
import org.csi.platform.messaging.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Consumes all four CSI topics. Every event type of the contract goes through {@link EventInbox} (contract check,
 * idempotency, dead-lettering), which decodes its payload record once; that record, with the data as received, goes to
 * {@link EventRouter}. Once its transaction has committed, the delivery worker is woken so the e-mails and webhooks go
 * out at once.
 */
@ApplicationScoped
public class EventConsumer {

    private final EventInbox inbox;
    private final EventHandlers handlers;
    private final DeliveryWorker worker;

    EventConsumer(EventInbox inbox, EventRouter router, DeliveryWorker worker) {
        this.inbox = inbox;
        this.worker = worker;
        EventHandlers all = EventHandlers.create();
        for (CsiEventType type : CsiEventType.values()) {
            register(all, type, router);
        }
        this.handlers = all;
    }

    private static <T extends Record> void register(EventHandlers handlers, CsiEventType type, EventRouter router) {
        @SuppressWarnings("unchecked")
        Class<T> payloadType = (Class<T>) type.payloadType();
        handlers.on(type, payloadType, (event, payload) -> router.route(new ReceivedEvent(event, type, payload)));
    }

    @Incoming("initiative-events")
    @Blocking
    public void onInitiativeEvent(ConsumerRecord<String, String> record) {
        process(record);
    }

    @Incoming("assessment-events")
    @Blocking
    public void onAssessmentEvent(ConsumerRecord<String, String> record) {
        process(record);
    }

    @Incoming("sip-events")
    @Blocking
    public void onSipEvent(ConsumerRecord<String, String> record) {
        process(record);
    }

    @Incoming("communication-events")
    @Blocking
    public void onCommunicationEvent(ConsumerRecord<String, String> record) {
        process(record);
    }

    private void process(ConsumerRecord<String, String> record) {
        inbox.process(record, handlers);
        worker.wake();
    }
}
