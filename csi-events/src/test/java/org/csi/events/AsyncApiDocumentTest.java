package org.csi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document names every topic and event type, and its references lead somewhere. */
class AsyncApiDocumentTest {

    private static Map<String, Object> doc;

    @BeforeAll
    static void parse() {
        doc = new Yaml().load(CsiContract.asyncApi());
    }

    @Test
    void isAsyncApi31() {
        assertEquals("3.1.0", String.valueOf(doc.get("asyncapi")));
        assertNotNull(map(doc, "info").get("description"));
    }

    @Test
    void hasAChannelForEveryTopic() {
        List<String> addresses = map(doc, "channels").values().stream()
                .map(channel -> (String) ((Map<?, ?>) channel).get("address"))
                .toList();
        for (String topic : List.of(CsiTopics.INITIATIVES, CsiTopics.ASSESSMENTS, CsiTopics.SIPS,
                CsiTopics.COMMUNICATIONS, CsiTopics.deadLetter("{service}"))) {
            assertTrue(addresses.contains(topic), "no channel for " + topic + " in " + addresses);
        }
    }

    @ParameterizedTest
    @EnumSource(CsiEventType.class)
    void describesEveryEventTypeOnItsTopic(CsiEventType type) {
        Map<String, Object> message = map(doc, "components", "messages").values().stream()
                .map(AsyncApiDocumentTest::asMap)
                .filter(m -> type.type().equals(m.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message named " + type));

        String schemaFile = type.schemaResource().substring("csi/".length());
        assertEquals(Map.of("$ref", "./" + schemaFile), message.get("payload"));
        List<?> headers = (List<?>) map(message, "headers").get("allOf");
        Map<String, Object> ceHeaders = map(asMap(headers.get(1)), "properties");
        assertEquals(type.type(), map(ceHeaders, "ce_type").get("const"));
        assertEquals(type.dataSchema(), map(ceHeaders, "ce_dataschema").get("const"));
        assertTrue(map(message, "bindings", "kafka").containsKey("key"), "Kafka key of " + type);

        Map<String, Object> channel = map(doc, "channels").values().stream()
                .map(AsyncApiDocumentTest::asMap)
                .filter(c -> type.topic().equals(c.get("address")))
                .findFirst()
                .orElseThrow();
        boolean onChannel = map(channel, "messages").values().stream()
                .map(ref -> asMap(ref).get("$ref"))
                .anyMatch(ref -> message == resolve((String) ref));
        assertTrue(onChannel, type + " is not among the messages of channel " + type.topic());
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertTrue(refs.size() > 50, "refs found: " + refs.size());
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertNotNull(resolve(ref), "dangling " + ref);
            } else {
                assertTrue(ref.startsWith("./"), "relative file reference expected: " + ref);
                String resource = "csi/" + ref.substring(2);
                assertNotNull(getClass().getClassLoader().getResource(resource), "no file " + resource);
            }
        }
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("$ref".equals(k)) {
                    refs.add((String) v);
                } else {
                    collectRefs(v, refs);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> collectRefs(item, refs));
        }
    }

    /** Follows a local JSON pointer such as {@code #/components/messages/targetMissed}. */
    private static Object resolve(String pointer) {
        Object node = doc;
        for (String token : pointer.substring(2).split("/")) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            Object next = m.get(token.replace("~1", "/").replace("~0", "~"));
            if (next instanceof Map<?, ?> n && n.size() == 1 && n.get("$ref") instanceof String ref
                    && ref.startsWith("#/")) {
                next = resolve(ref); // a channel's message is itself a reference to the component
            }
            node = next;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        return (Map<String, Object>) Objects.requireNonNull(node);
    }

    private static Map<String, Object> map(Map<String, Object> node, String... path) {
        Map<String, Object> current = node;
        for (String key : path) {
            current = asMap(current.get(key));
        }
        return current;
    }
}
