package org.csi.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published contract documents, read from the class path: the JSON Schema and an example payload of every event
 * type, and the AsyncAPI document that describes the topics.
 */
public final class CsiContract {

    /** Class-path resource of the AsyncAPI document. */
    public static final String ASYNCAPI_RESOURCE = "csi/asyncapi.yaml";

    private CsiContract() {
    }

    /**
     * The JSON Schema (draft 2020-12) of the payload of {@code type}; its {@code $id} is
     * {@link CsiEventType#dataSchema()}.
     */
    public static String schema(CsiEventType type) {
        return read(type.schemaResource());
    }

    /** An example payload of {@code type}, valid against its schema. */
    public static String example(CsiEventType type) {
        return read(type.exampleResource());
    }

    /** The AsyncAPI 3.0 document (YAML) of the CSI topics. */
    public static String asyncApi() {
        return read(ASYNCAPI_RESOURCE);
    }

    /** Reads a class-path resource as UTF-8; throws {@link IllegalStateException} when it is not there. */
    static String read(String resource) {
        try (InputStream in = CsiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Contract resource " + resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read contract resource " + resource, e);
        }
    }
}
