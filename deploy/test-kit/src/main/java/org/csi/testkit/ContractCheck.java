package org.csi.testkit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiContract;
import org.csi.events.CsiEventType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks a record read from the broker against the published contract: the CloudEvent headers a consumer relies on,
 * and the data against the JSON Schema of its type. Returns the problems found, empty when the record conforms.
 */
public final class ContractCheck {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private ContractCheck() {
    }

    public static List<String> problems(ConsumerRecord<String, String> record) {
        String ceType = TopicProbe.header(record, "ce_type");
        CsiEventType type = CsiEventType.fromType(ceType).orElse(null);
        if (type == null) {
            return List.of("unknown ce_type " + ceType);
        }
        List<String> problems = new java.util.ArrayList<>();
        expect(problems, record, "ce_specversion", "1.0");
        expect(problems, record, "ce_dataschema", type.dataSchema());
        expect(problems, record, "content-type", "application/json");
        for (String name : List.of("ce_id", "ce_source", "ce_subject", "ce_time")) {
            if (TopicProbe.header(record, name) == null) {
                problems.add(name + " is missing");
            }
        }
        String source = TopicProbe.header(record, "ce_source");
        if (source != null && !source.startsWith("/csi/")) {
            problems.add("ce_source " + source + " is not /csi/<service>");
        }
        if (!type.topic().equals(record.topic())) {
            problems.add(ceType + " on topic " + record.topic() + ", expected " + type.topic());
        }
        if (record.key() == null) {
            problems.add("no Kafka key");
        }
        try {
            JsonNode data = MAPPER.readTree(record.value());
            Set<ValidationMessage> errors = SCHEMAS.getSchema(CsiContract.schema(type)).validate(data);
            errors.stream().map(ValidationMessage::getMessage).sorted().forEach(problems::add);
        } catch (Exception e) {
            problems.add("data is not JSON: " + e.getMessage());
        }
        return problems;
    }

    /** Throws AssertionError listing the problems of every non-conforming record. */
    public static void assertConforms(List<ConsumerRecord<String, String>> records) {
        String report = records.stream()
                .map(r -> TopicProbe.header(r, "ce_type") + " " + TopicProbe.header(r, "ce_id") + ": " + problems(r))
                .filter(line -> !line.endsWith(": []"))
                .collect(Collectors.joining("\n"));
        if (!report.isEmpty()) {
            throw new AssertionError("Events break the csi-events contract:\n" + report);
        }
    }

    private static void expect(List<String> problems, ConsumerRecord<String, String> record, String header,
            String expected) {
        String actual = TopicProbe.header(record, header);
        if (!expected.equals(actual)) {
            problems.add(header + " is " + actual + ", expected " + expected);
        }
    }
}
