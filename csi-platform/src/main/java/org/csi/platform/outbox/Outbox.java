package org.csi.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.platform.CsiConfig;

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

    private final ObjectMapper mapper;
    private final String source;

    Outbox(ObjectMapper mapper, CsiConfig config) {
        this.mapper = mapper;
        this.source = "/csi/" + config.serviceName();
    }

    /**
     * @param type    the event type; its topic and schema come with it
     * @param subject the aggregate id (ce_subject)
     * @param key     the Kafka key: the initiative id, so the events of one initiative stay in order
     * @param payload the CloudEvent data, one of the records of {@code org.csi.events.payload}
     * @return the event id (ce_id)
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
