package org.csi.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
import org.csi.events.CsiSources;
import org.csi.platform.CsiConfig;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one way a CSI service applies an incoming event: read the CloudEvent, check it against the contract, then apply
 * the effect and record the event id in one transaction, so a redelivered event has no second effect. An event whose
 * {@code ce_source} is not the producer that owns its topic (see {@link CsiSources#ownerOf}) is dead-lettered.
 *
 * <p>Call it from a blocking {@code @Incoming} method that takes the {@link ConsumerRecord}. An exception thrown from
 * here nacks the record, and the channel's {@code dead-letter-queue} failure strategy moves it to the dead-letter topic
 * with the exception message as its reason, so one bad event never blocks its partition. Transient failures (the
 * database away for a moment) are retried a few times first.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final int ATTEMPTS = 4;

    private final EventContractValidator validator;
    private final ProcessedEvents processedEvents;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final String consumer;

    EventInbox(EventContractValidator validator, ProcessedEvents processedEvents, ObjectMapper mapper,
            MeterRegistry registry, CsiConfig config) {
        this.validator = validator;
        this.processedEvents = processedEvents;
        this.mapper = mapper;
        this.registry = registry;
        this.consumer = config.serviceName();
    }

    public void process(ConsumerRecord<String, String> record, EventHandlers handlers) {
        IncomingCloudEvent event = IncomingCloudEvent.from(record);
        if (event.type().isEmpty()) {
            count(event.ceType(), "ignored");
            return; // a type this contract version does not know: consumers ignore what they do not use
        }
        CsiEventType type = event.type().get();
        var handler = handlers.handlerFor(type);
        if (handler.isEmpty()) {
            return;
        }
        checkProducer(record, event, type);
        if (event.dataSchema() != null && !event.dataSchema().equals(type.dataSchema())) {
            count(type.type(), "dead-lettered");
            throw new PoisonEventException("unknown version of " + type + ": ce_dataschema " + event.dataSchema()
                    + ", this consumer reads " + type.dataSchema());
        }
        Object payload = read(type, event);
        for (int attempt = 1;; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!processedEvents.firstTime(consumer, event.id(), type.type())) {
                        return false;
                    }
                    handler.get().apply(event, payload);
                    return true;
                });
                count(type.type(), applied ? "applied" : "duplicate");
                return;
            } catch (RuntimeException e) {
                PoisonEventException poison = poisonCause(e);
                if (poison != null) {
                    count(type.type(), "dead-lettered");
                    throw poison;
                }
                if (attempt >= ATTEMPTS) {
                    count(type.type(), "dead-lettered");
                    throw e;
                }
                LOG.warnf("Applying %s %s failed (attempt %d): %s; retrying", type, event.id(), attempt, e.toString());
                sleep(200L * attempt * attempt);
            }
        }
    }

    /**
     * Only the service that owns a topic publishes on it ({@link CsiSources#ownerOf}), and each type travels on its own
     * topic: an event claiming another ce_source, or a type on a foreign topic, is forged or misrouted and is
     * dead-lettered without an effect.
     */
    private void checkProducer(ConsumerRecord<String, String> record, IncomingCloudEvent event, CsiEventType type) {
        String topic = record.topic();
        if (!type.topic().equals(topic)) {
            count(type.type(), "dead-lettered");
            throw new PoisonEventException(type + " belongs on " + type.topic() + ", not on " + topic);
        }
        String owner = CsiSources.ownerOf(topic).orElse(null);
        if (owner != null && !owner.equals(event.source())) {
            count(type.type(), "dead-lettered");
            throw new PoisonEventException("ce_source " + event.source() + " does not own " + topic
                    + " (only " + owner + " publishes there)");
        }
    }

    private Object read(CsiEventType type, IncomingCloudEvent event) {
        JsonNode data;
        try {
            data = validator.validate(type, event.data());
            return mapper.treeToValue(data, type.payloadType());
        } catch (PoisonEventException e) {
            count(type.type(), "dead-lettered");
            throw e;
        } catch (JsonProcessingException e) {
            count(type.type(), "dead-lettered");
            throw new PoisonEventException(type + " data does not map to " + type.payloadType().getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }

    private static PoisonEventException poisonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException poison) {
                return poison;
            }
        }
        return null;
    }

    private void count(String type, String outcome) {
        registry.counter("csi.events.consumed", "type", type, "outcome", outcome).increment();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
