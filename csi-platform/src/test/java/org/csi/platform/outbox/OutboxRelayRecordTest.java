package org.csi.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.csi.events.CsiEventType;
import org.csi.platform.messaging.IncomingCloudEvent;
import org.junit.jupiter.api.Test;

/** An outbox row becomes a CloudEvent in Kafka binary content mode: ce_ headers, the JSON payload as the value. */
class OutboxRelayRecordTest {

    private static final UUID ID = UUID.fromString("6f1c2a57-1111-4a2b-9c3d-0123456789ab");
    private static final Instant AT = Instant.parse("2026-12-01T10:15:30.123456Z");

    private static OutboxRelay.Row row(String subject) {
        CsiEventType type = CsiEventType.INITIATIVE_CREATED;
        return new OutboxRelay.Row(ID, type.topic(), type.type(), "/csi/initiative-service", subject, "initiative-42",
                type.dataSchema(), "{\"title\":\"Stabilise e-mail\"}", AT);
    }

    private static Map<String, String> headers(ProducerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    @Test
    void everyAttributeIsACeHeaderAndThePayloadIsTheValue() {
        ProducerRecord<String, String> record = OutboxRelay.toRecord(row("initiatives/42"));

        assertEquals(CsiEventType.INITIATIVE_CREATED.topic(), record.topic());
        assertEquals("initiative-42", record.key(), "the key keeps the events of one initiative in order");
        assertEquals("{\"title\":\"Stabilise e-mail\"}", record.value());
        assertNull(record.partition(), "the partitioner picks the partition from the key");
        assertNull(record.timestamp(), "the producer stamps the record");
        assertEquals(Map.of(
                "ce_specversion", "1.0",
                "ce_id", ID.toString(),
                "ce_type", "csi.initiative.created",
                "ce_source", "/csi/initiative-service",
                "ce_subject", "initiatives/42",
                "ce_time", "2026-12-01T10:15:30.123456Z",
                "ce_dataschema", CsiEventType.INITIATIVE_CREATED.dataSchema(),
                "content-type", "application/json"), headers(record));
        assertEquals(8, record.headers().toArray().length, "each header once");
    }

    @Test
    void headerValuesAreUtf8() {
        ProducerRecord<String, String> record = OutboxRelay.toRecord(row("initiatives/Störungen ✓"));

        assertEquals("initiatives/Störungen ✓", headers(record).get("ce_subject"));
    }

    @Test
    void whatTheRelayWritesTheInboxReadsBack() {
        ProducerRecord<String, String> sent = OutboxRelay.toRecord(row("initiatives/42"));
        ConsumerRecord<String, String> received = new ConsumerRecord<>(sent.topic(), 0, 7L, sent.key(), sent.value());
        sent.headers().forEach(h -> received.headers().add(h));

        IncomingCloudEvent event = IncomingCloudEvent.from(received);

        assertEquals(ID.toString(), event.id());
        assertEquals(CsiEventType.INITIATIVE_CREATED, event.type().orElseThrow());
        assertEquals("/csi/initiative-service", event.source());
        assertEquals("initiatives/42", event.subject());
        assertEquals(AT, event.time());
        assertEquals(CsiEventType.INITIATIVE_CREATED.dataSchema(), event.dataSchema());
        assertEquals("initiative-42", event.key());
        assertEquals(sent.value(), event.data());
    }
}
