package org.csi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The schemas, the examples and the payload records of every event type agree with each other. */
class CsiContractTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    /** Configured like the ObjectMapper of a Quarkus service: ISO dates, unknown fields ignored. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** 2020-12 treats "format" as an annotation; the examples are held to it all the same. */
    private static final SchemaValidatorsConfig FORMATS_ASSERTED = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    @ParameterizedTest
    @EnumSource(CsiEventType.class)
    void schemaIsNamedByDataSchemaAndIsValid2020_12(CsiEventType type) throws Exception {
        JsonNode schema = MAPPER.readTree(CsiContract.schema(type));

        assertEquals(type.dataSchema(), schema.path("$id").asText(), "$id of " + type.schemaResource());
        assertEquals(DRAFT_2020_12, schema.path("$schema").asText());
        assertEquals("object", schema.path("type").asText());
        assertTrue(schema.path("additionalProperties").asBoolean(), "payloads evolve additively");
        assertFalse(schema.path("description").asText().isBlank(), "says what the event means");

        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(DRAFT_2020_12));
        assertNoErrors(metaSchema.validate(schema), type.schemaResource() + " against the 2020-12 meta-schema");
    }

    @ParameterizedTest
    @EnumSource(CsiEventType.class)
    void schemaDescribesExactlyTheFieldsOfThePayloadRecord(CsiEventType type) throws Exception {
        JsonNode schema = MAPPER.readTree(CsiContract.schema(type));
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = Arrays.stream(type.payloadType().getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(components, properties, type.schemaResource() + " vs " + type.payloadType().getSimpleName());
        schema.path("required").forEach(r -> assertTrue(components.contains(r.asText()), "required " + r));
    }

    @ParameterizedTest
    @EnumSource(CsiEventType.class)
    void exampleIsValid(CsiEventType type) throws Exception {
        assertNoErrors(schemaOf(type).validate(MAPPER.readTree(CsiContract.example(type))), type.exampleResource());
    }

    @ParameterizedTest
    @EnumSource(CsiEventType.class)
    void exampleSurvivesTheRoundTripThroughThePayloadRecord(CsiEventType type) throws Exception {
        JsonNode example = MAPPER.readTree(CsiContract.example(type));

        Record payload = MAPPER.treeToValue(example, type.payloadType());
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(payload));

        assertNoErrors(schemaOf(type).validate(written), type.payloadType().getSimpleName() + " as serialised");
        assertEquals(example, written, type.exampleResource() + " must carry exactly the record's fields");
    }

    /** The actor fields were added to v1: never required, so events written before them (and v1 consumers) still fit. */
    @ParameterizedTest
    @EnumSource(CsiEventType.class)
    void actorFieldsAreOptionalAdditions(CsiEventType type) throws Exception {
        JsonNode schema = MAPPER.readTree(CsiContract.schema(type));
        for (String field : List.of("actor", "onBehalfOf")) {
            schema.path("required").forEach(r -> assertFalse(r.asText().equals(field), field + " must stay optional"));
        }
        ObjectNode withoutActor = example(type);
        withoutActor.remove(List.of("actor", "onBehalfOf"));
        assertNoErrors(schemaOf(type).validate(withoutActor), type.exampleResource() + " without the actor fields");
    }

    /**
     * Every event that records a human action says who acted (and for whom, when a csi-admin acted for someone). The
     * list names the types the suite emits on its own, so a new type is held to this unless it is added here.
     */
    @ParameterizedTest
    @EnumSource(value = CsiEventType.class, mode = EnumSource.Mode.EXCLUDE, names = { "TARGET_ACHIEVED",
            "TARGET_MISSED", "TARGET_REGRESSED", "MEASUREMENT_RECORDED", "BASELINE_RECORDED", "GAP_IDENTIFIED", "COMMUNICATION_SENT", "BENEFIT_MEASURED",
            "COMMUNICATION_FAILED" })
    void humanActionsNameTheActor(CsiEventType type) throws Exception {
        JsonNode properties = MAPPER.readTree(CsiContract.schema(type)).path("properties");
        assertTrue(properties.has("actor") || properties.has("by") || properties.has("assessor"),
                type.schemaResource() + " names who acted");
        assertTrue(properties.has("onBehalfOf"), type.schemaResource() + " names on whose behalf");
    }

    /**
     * ITSM references are one shared definition: each schema carrying them holds the same {@code $defs/itsmReference}
     * (a local {@code $defs}, so every validator resolves it without a schema registry), with exactly the fields of
     * the shared {@code ItsmReference} record.
     */
    @Test
    void itsmReferencesShareOneDefinition() throws Exception {
        JsonNode first = null;
        int carriers = 0;
        for (CsiEventType type : CsiEventType.values()) {
            JsonNode definition = MAPPER.readTree(CsiContract.schema(type)).path("$defs").path("itsmReference");
            if (definition.isMissingNode()) {
                continue;
            }
            carriers++;
            if (first == null) {
                first = definition;
            }
            assertEquals(first, definition, type.schemaResource() + " $defs/itsmReference");
        }
        assertTrue(carriers >= 11, "initiative-details (2 types), objective-set, target-outcome (2), target-regressed, "
                + "sip-drafted, sip-transitioned (3), change-requested");
        Set<String> properties = new TreeSet<>();
        first.path("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(Arrays.stream(org.csi.events.payload.ItsmReference.class.getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new)), properties);

        ObjectNode details = example(CsiEventType.INITIATIVE_UPDATED);
        ((ObjectNode) details.path("references").get(0)).put("url", "ftp://example.com/x");
        assertRejected(CsiEventType.INITIATIVE_UPDATED, details, "url");
        ObjectNode sip = example(CsiEventType.SIP_DRAFTED);
        ((ObjectNode) sip.path("references").get(0)).put("type", "EPIC");
        assertRejected(CsiEventType.SIP_DRAFTED, sip, "type");
        ObjectNode withoutReferences = example(CsiEventType.OBJECTIVE_SET);
        withoutReferences.remove("references");
        assertNoErrors(schemaOf(CsiEventType.OBJECTIVE_SET).validate(withoutReferences), "references are optional");
    }

    @Test
    void missingRequiredFieldIsRejected() throws Exception {
        ObjectNode missed = example(CsiEventType.TARGET_MISSED);
        missed.remove("kpiKey");

        assertRejected(CsiEventType.TARGET_MISSED, missed, "kpiKey");
    }

    @Test
    void unknownEnumValueIsRejected() throws Exception {
        ObjectNode sip = example(CsiEventType.SIP_DRAFTED);
        sip.put("priority", "URGENT");

        assertRejected(CsiEventType.SIP_DRAFTED, sip, "priority");
    }

    @Test
    void malformedIdIsRejected() throws Exception {
        ObjectNode measurement = example(CsiEventType.MEASUREMENT_RECORDED);
        measurement.put("measurementId", "M-4711");

        assertRejected(CsiEventType.MEASUREMENT_RECORDED, measurement, "measurementId");
    }

    @Test
    void nullWhereAValueIsNeededIsRejected() throws Exception {
        ObjectNode kpiGap = example(CsiEventType.GAP_IDENTIFIED);
        kpiGap.putNull("kpiKey");
        assertRejected(CsiEventType.GAP_IDENTIFIED, kpiGap, "kpiKey");

        ObjectNode failed = example(CsiEventType.COMMUNICATION_FAILED);
        failed.putNull("error");
        assertRejected(CsiEventType.COMMUNICATION_FAILED, failed, "error");
    }

    @Test
    void unknownFieldsAreAccepted() throws Exception {
        ObjectNode details = example(CsiEventType.INITIATIVE_UPDATED);
        details.put("budgetEuro", 12000);

        assertNoErrors(schemaOf(CsiEventType.INITIATIVE_UPDATED).validate(details), "a field added later");
    }

    @Test
    void missingResourceIsReported() {
        assertThrows(IllegalStateException.class, () -> CsiContract.read("csi/schemas/no-such-event.v1.json"));
    }

    private static JsonSchema schemaOf(CsiEventType type) {
        return FACTORY.getSchema(CsiContract.schema(type), FORMATS_ASSERTED);
    }

    private static ObjectNode example(CsiEventType type) throws Exception {
        return (ObjectNode) MAPPER.readTree(CsiContract.example(type));
    }

    private static void assertRejected(CsiEventType type, JsonNode data, String field) {
        Set<ValidationMessage> errors = schemaOf(type).validate(data);
        assertFalse(errors.isEmpty(), type + " accepted " + data);
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains(field)), "no error names " + field + ": "
                + errors);
    }

    private static void assertNoErrors(Set<ValidationMessage> errors, String what) {
        assertTrue(errors.isEmpty(), what + ": " + errors);
    }
}
