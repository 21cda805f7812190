package org.csi.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads YAML the way kubectl and docker compose do (anchors and merge keys resolved, several documents per file) into
 * Jackson trees. SnakeYAML does the YAML; Jackson only ever sees plain maps, lists and scalars.
 */
final class YamlDocuments {

    private static final ObjectMapper TREES = new ObjectMapper();

    private YamlDocuments() {
    }

    /** One document of a file: where it came from (for messages) and its content. */
    record Document(Path file, int index, JsonNode content) {
        String where() {
            return file.getFileName() + " document " + index + describe();
        }

        private String describe() {
            JsonNode kind = content.path("kind");
            JsonNode name = content.path("metadata").path("name");
            return kind.isMissingNode() ? "" : " (" + kind.asText() + " " + name.asText() + ")";
        }
    }

    /** Every non-empty document of the file, numbered from 1 in file order. */
    static List<Document> read(Path file) {
        try {
            return parse(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> parse(Path file, String text) {
        List<Document> documents = new ArrayList<>();
        int index = 0;
        for (Object loaded : yaml().loadAll(text)) {
            index++;
            if (loaded != null) {
                documents.add(new Document(file, index, TREES.valueToTree(loaded)));
            }
        }
        return documents;
    }

    static JsonNode readSingle(Path file) {
        List<Document> documents = read(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " should hold one document, has " + documents.size());
        }
        return documents.get(0).content();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(8 * 1024 * 1024); // the vendored Strimzi Kafka CRD is ~600 kB
        options.setAllowDuplicateKeys(false); // a key given twice is an error, as in kubectl's strict validation
        return new Yaml(new SafeConstructor(options));
    }
}
