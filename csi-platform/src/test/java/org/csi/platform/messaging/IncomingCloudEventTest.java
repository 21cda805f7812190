package org.csi.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.csi.events.CsiEventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the inbox accepts as a CloudEvent in binary mode, and what it sends to the dead-letter topic as poison. */
class IncomingCloudEventTest {

    private static final long RECORD_TIMESTAMP = Instant.parse("2026-12-01T08:00:00Z").toEpochMilli();

    /** A complete CloudEvent record, of which each test takes a header away or spoils one. */
    private static ConsumerRecord<String, String> record(String value, String... skip) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("csi.sips", 0, 3L, RECORD_TIMESTAMP,
                TimestampType.CREATE_TIME, 0, 0, "initiative-7", value,
                new RecordHeaders(), Optional.empty());
        String[][] headers = { { "ce_specversion", "1.0" }, { "ce_id", "e-1" }, { "ce_type", "csi.sip.drafted" },
                { "ce_source", "/csi/sip-service" }, { "ce_subject", "sips/9" }, { "ce_time", "2026-12-01T09:30:00Z" },
                { "ce_dataschema", CsiEventType.SIP_DRAFTED.dataSchema() } };
        outer: for (String[] h : headers) {
            for (String s : skip) {
                if (s.equals(h[0])) {
                    continue outer;
                }
            }
            put(record, h[0], h[1]);
        }
        return record;
    }

    private static void put(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static String poisonReason(ConsumerRecord<String, String> record) {
        return assertThrows(PoisonEventException.class, () -> IncomingCloudEvent.from(record)).getMessage();
    }

    @Test
    void aCompleteRecordIsReadAttributeByAttribute() {
        IncomingCloudEvent event = IncomingCloudEvent.from(record("{\"a\":1}"));

        assertEquals(new IncomingCloudEvent("e-1", "csi.sip.drafted", Optional.of(CsiEventType.SIP_DRAFTED),
                "/csi/sip-service", "sips/9", Instant.parse("2026-12-01T09:30:00Z"),
                CsiEventType.SIP_DRAFTED.dataSchema(), "initiative-7", "{\"a\":1}"), event);
    }

    @Test
    void aTypeThisContractDoesNotKnowIsReadButHasNoKnownType() {
        ConsumerRecord<String, String> record = record("{}", "ce_type");
        put(record, "ce_type", "csi.something.new");

        IncomingCloudEvent event = IncomingCloudEvent.from(record);

        assertEquals("csi.something.new", event.ceType());
        assertTrue(event.type().isEmpty(), "the consumer decides what an unknown type means");
    }

    @Test
    void optionalAttributesMayBeMissingAndTheRecordTimestampStandsInForCeTime() {
        IncomingCloudEvent event = IncomingCloudEvent.from(record("{}", "ce_subject", "ce_dataschema", "ce_time"));

        assertNull(event.subject());
        assertNull(event.dataSchema());
        assertEquals(Instant.ofEpochMilli(RECORD_TIMESTAMP), event.time());
    }

    @Test
    void theLastHeaderOfANameCounts() {
        ConsumerRecord<String, String> record = record("{}");
        put(record, "ce_id", "e-2");

        assertEquals("e-2", IncomingCloudEvent.from(record).id());
    }

    @Test
    void aRecordWithoutCloudEventsSpecVersionOneIsPoison() {
        assertTrue(poisonReason(record("{}", "ce_specversion")).contains("ce_specversion is null"));
        ConsumerRecord<String, String> old = record("{}", "ce_specversion");
        put(old, "ce_specversion", "0.3");
        assertTrue(poisonReason(old).contains("ce_specversion is 0.3"));
        ConsumerRecord<String, String> empty = record("{}", "ce_specversion");
        put(empty, "ce_specversion", null);
        assertTrue(poisonReason(empty).contains("not a CloudEvent"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ce_id", "ce_type", "ce_source" })
    void aMissingOrBlankRequiredAttributeIsPoison(String name) {
        assertEquals("CloudEvent attribute " + name + " is missing", poisonReason(record("{}", name)));
        ConsumerRecord<String, String> blank = record("{}", name);
        put(blank, name, "  ");
        assertEquals("CloudEvent attribute " + name + " is missing", poisonReason(blank));
    }

    @ParameterizedTest
    @ValueSource(strings = { "yesterday", "2026-12-01", "2026-12-01 09:30:00Z", "" })
    void aCeTimeThatIsNoRfc3339TimestampIsPoison(String time) {
        ConsumerRecord<String, String> record = record("{}", "ce_time");
        put(record, "ce_time", time);

        assertEquals("ce_time is not an RFC 3339 timestamp: " + time, poisonReason(record));
    }

    @Test
    void anEventWithoutDataIsPoison() {
        assertEquals("event e-1 has no data", poisonReason(record(null)));
        assertEquals("event e-1 has no data", poisonReason(record(" \n")));
    }
}
