package org.csi.notification.messaging;

import java.util.concurrent.CompletionStage;

import org.csi.events.CsiEventType;
import org.csi.notification.service.DeliveryWorker;
import org.csi.notification.service.EventRouter;
import org.csi.notification.service.ReceivedEvent;
import org.csi.platform.messaging.EventHandlers;
import org.csi.platform.messaging.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Consumes all four CSI topics. Every event type of the contract goes through {@link EventInbox} (contract check,
 * idempotency, dead-lettering), which decodes its payload record once; that record, with the data as received, goes to
 * {@link EventRouter}. Once a poll's transactions have committed, the delivery worker is woken so the e-mails and webhooks go
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
    public CompletionStage<Void> onInitiativeEvent(KafkaRecordBatch<String, String> batch) {
        return process(batch);
    }

    @Incoming("assessment-events")
    @Blocking
    public CompletionStage<Void> onAssessmentEvent(KafkaRecordBatch<String, String> batch) {
        return process(batch);
    }

    @Incoming("sip-events")
    @Blocking
    public CompletionStage<Void> onSipEvent(KafkaRecordBatch<String, String> batch) {
        return process(batch);
    }

    @Incoming("communication-events")
    @Blocking
    public CompletionStage<Void> onCommunicationEvent(KafkaRecordBatch<String, String> batch) {
        return process(batch);
    }

    private CompletionStage<Void> process(KafkaRecordBatch<String, String> batch) {
        CompletionStage<Void> acked = inbox.process(batch, handlers);
        worker.wake();
        return acked;
    }
}
