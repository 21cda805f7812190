package org.csi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document is its template plus what CsiEventType says; the template names no event type by hand. */
class AsyncApiWriterTest {

    private static final Path TEMPLATE = Path.of("src/main/asyncapi/asyncapi.yaml");

    @Test
    void theBuiltDocumentIsTheTemplateWritten() throws IOException {
        assertEquals(AsyncApiWriter.write(Files.readString(TEMPLATE)), CsiContract.asyncApi());
    }

    @ParameterizedTest
    @EnumSource(CsiEventType.class)
    void theTemplateLeavesEveryEventTypeToCsiEventType(CsiEventType type) throws IOException {
        String template = Files.readString(TEMPLATE);
        assertFalse(template.contains("name: " + type.type()), type + " is written by hand in " + TEMPLATE);
    }

    @ParameterizedTest
    @EnumSource(CsiEventType.class)
    void titleAndSummaryComeFromCsiEventType(CsiEventType type) {
        Map<?, ?> messages = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) new Yaml().load(CsiContract.asyncApi()))
                .get("components")).get("messages");
        Map<?, ?> message = (Map<?, ?>) messages.get(type.messageName());
        assertEquals(type.type(), message.get("name"));
        assertEquals(type.title(), message.get("title"));
        assertEquals(type.summary(), message.get("summary"));
    }

    @Test
    void textThatYamlWouldMisreadIsQuoted() {
        assertEquals("A plan was approved.", AsyncApiWriter.plain("A plan was approved."));
        assertEquals("'Note: it''s late'", AsyncApiWriter.plain("Note: it's late"));
        assertEquals("'- a list?'", AsyncApiWriter.plain("- a list?"));
        assertEquals("'a # b'", AsyncApiWriter.plain("a # b"));
        assertTrue(new Yaml().load("summary: " + AsyncApiWriter.plain("Note: it's late")).toString()
                .contains("Note: it's late"));
        assertThrows(IllegalArgumentException.class, () -> AsyncApiWriter.plain("two\nlines"));
    }

    @Test
    void unknownMarkersAndAppendsToNoMessageAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> AsyncApiWriter.write("a: 1\n# @channels\n"));
        assertThrows(IllegalArgumentException.class, () -> AsyncApiWriter.write("a: 1\n# @messages csi.nowhere\n"));
        assertThrows(IllegalArgumentException.class,
                () -> AsyncApiWriter.write("a: 1\n# @append-to noSuchMessage\n  x: 1\n# @end\n"));
        assertThrows(IllegalArgumentException.class, () -> AsyncApiWriter.write("a: 1\n# @append-to targetMissed\n"));
    }
}
