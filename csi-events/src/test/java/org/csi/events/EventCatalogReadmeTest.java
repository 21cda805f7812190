package org.csi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The event catalog in the root README is the contract as integration teams read it, so it must say what
 * {@link CsiEventType} says: every type, in order, with its topic, producer, payload record and schema. When a type
 * is added or changed, this test fails and prints the table to paste under "## Event catalog".
 */
class EventCatalogReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String HEADER = "| ce_type | topic | producer | payload (`csi-events` record / schema) |";

    @Test
    void theReadmeCatalogListsEveryEventTypeAsTheContractDefinesIt() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int header = lines.indexOf(HEADER);
        List<String> documented = lines.stream().skip(header + 2L).takeWhile(line -> line.startsWith("|")).toList();

        String expected = catalog();
        assertEquals(expected, String.join("\n", documented),
                "The README's event catalog differs from CsiEventType; put this table under its header:\n" + HEADER
                        + "\n|---|---|---|---|\n" + expected + "\n");
    }

    /** One row per event type: what the README shows. */
    static String catalog() {
        return Arrays.stream(CsiEventType.values()).map(type -> "| `" + type.type() + "` | " + type.topic() + " | "
                + producer(type) + " | " + type.payloadType().getSimpleName() + " / `"
                + type.schemaResource().substring("csi/schemas/".length()) + "` |")
                .collect(Collectors.joining("\n"));
    }

    private static String producer(CsiEventType type) {
        return CsiSources.ownerOf(type.topic()).orElseThrow().substring("/csi/".length());
    }
}
