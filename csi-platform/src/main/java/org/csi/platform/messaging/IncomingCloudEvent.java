package org.csi.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.csi.events.CsiEventType;

/**
 * A CloudEvent read from Kafka in binary content mode ({@code ce_} headers, JSON data in the value).
 *
 * @param type the known event type, empty for a type this version of the contract does not know
 */
public record IncomingCloudEvent(
        String id,
        String ceType,
        Optional<CsiEventType> type,
        String source,
        String subject,
        Instant time,
        String dataSchema,
        String key,
        String data) {

    /** Reads the CloudEvent attributes of a record; a record that is no CloudEvent is poison. */
    public static IncomingCloudEvent from(ConsumerRecord<String, String> record) {
        String specVersion = header(record, "ce_specversion");
        if (!CsiEventType.SPEC_VERSION.equals(specVersion)) {
            throw new PoisonEventException("not a CloudEvent 1.0 in binary mode: ce_specversion is " + specVersion);
        }
        String id = required(record, "ce_id");
        String ceType = required(record, "ce_type");
        String source = required(record, "ce_source");
        String time = header(record, "ce_time");
        Instant at;
        try {
            at = time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 timestamp: " + time);
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new PoisonEventException("event " + id + " has no data");
        }
        return new IncomingCloudEvent(id, ceType, CsiEventType.fromType(ceType), source, header(record, "ce_subject"),
                at, header(record, "ce_dataschema"), record.key(), record.value());
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("CloudEvent attribute " + name + " is missing");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
