package org.csi.platform.messaging;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.csi.events.CsiContract;
import org.csi.events.CsiEventType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import jakarta.enterprise.context.ApplicationScoped;

/** Checks event data against the JSON Schema that the csi-events contract publishes for its type. */
@ApplicationScoped
public class EventContractValidator {

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<CsiEventType, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;

    EventContractValidator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses and validates; a payload that is no JSON or breaks its schema is poison. */
    public JsonNode validate(CsiEventType type, String json) {
        JsonNode data;
        try {
            data = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException(type + " data is not JSON: " + e.getOriginalMessage());
        }
        Set<ValidationMessage> errors = schema(type).validate(data);
        if (!errors.isEmpty()) {
            throw new PoisonEventException(type + " data breaks schema " + type.dataSchema() + ": "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
        return data;
    }

    private JsonSchema schema(CsiEventType type) {
        return schemas.computeIfAbsent(type, t -> factory.getSchema(CsiContract.schema(t)));
    }
}
