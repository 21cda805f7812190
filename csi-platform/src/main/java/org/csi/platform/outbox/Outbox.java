package org.csi.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.platform.CsiConfig;
import org.csi.platform.messaging.EventContractValidator;
import org.csi.platform.messaging.PoisonEventException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records an event in the transactional outbox. It must be called inside the transaction that makes the state change,
 * so both commit or neither does; {@link OutboxRelay} sends it to Kafka afterwards. Nothing here talks to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    private final ObjectMapper mapper;
    private final EventContractValidator contract;
    private final String source;

    Outbox(ObjectMapper mapper, EventContractValidator contract, CsiConfig config) {
        this.mapper = mapper;
        this.contract = contract;
        this.source = "/csi/" + config.serviceName();
    }

    /**
     * @param type    the event type; its topic and schema come with it
     * @param subject the aggregate id (ce_subject)
     * @param key     the Kafka key: the initiative id, so the events of one initiative stay in order
     * @param payload the CloudEvent data, one of the records of {@code org.csi.events.payload}
     * @return the event id (ce_id)
     * @throws IllegalStateException when the payload breaks its own JSON Schema: a bug (input is refused before it
     *                               gets this far), so the transaction fails rather than publish a poison event that
     *                               every consumer would dead-letter
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID emit(CsiEventType type, Object subject, Object key, Record payload) {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payload.getClass().getSimpleName());
        }
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = type.topic();
        event.eventType = type.type();
        event.source = source;
        event.subject = String.valueOf(subject);
        event.kafkaKey = String.valueOf(key);
        event.dataSchema = type.dataSchema();
        event.payload = toJson(payload);
        try {
            contract.validate(type, event.payload);
        } catch (PoisonEventException e) {
            LOG.errorf("Refusing to publish %s for %s: %s", type.type(), subject, e.getMessage());
            throw new IllegalStateException("The " + type.type() + " event breaks its schema " + type.dataSchema(), e);
        }
        event.occurredAt = Instant.now();
        event.persist();
        return event.id;
    }

    private String toJson(Record payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + payload.getClass().getSimpleName(), e);
        }
    }
}
