package org.csi.notification;

import java.util.Map;
import java.util.UUID;

import org.csi.events.CsiContract;
import org.csi.events.CsiEventType;
import org.csi.events.CsiSources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** CSI events as the other services publish them: the contract's example payload with some fields changed. */
final class Events {

    static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** The example payload of {@code type} with {@code changes} applied (values are written as JSON). */
    static String payload(CsiEventType type, Map<String, Object> changes) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(CsiContract.example(type));
            changes.forEach((field, value) -> node.set(field, JSON.valueToTree(value)));
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void publish(String bootstrap, CsiEventType type, String eventId, UUID key, String data) {
        org.csi.testkit.TopicProbe.publish(bootstrap, type.topic(), key.toString(), eventId, type.type(),
                source(type), key.toString(), type.dataSchema(), data);
    }

    static String source(CsiEventType type) {
        return switch (type.topic()) {
            case "csi.assessments" -> CsiSources.ASSESSMENT_SERVICE;
            case "csi.sips" -> CsiSources.SIP_SERVICE;
            default -> CsiSources.INITIATIVE_SERVICE;
        };
    }
}
