package org.csi.production;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The openAPIV3Schema of one version of a CustomResourceDefinition (vendored under src/test/resources/schemas), as a
 * JSON schema that, like {@code kubectl apply}'s strict field validation, refuses fields the CRD does not declare.
 *
 * <p>A CRD's schema leaves objects open (the API server prunes unknown fields instead of refusing them), so every
 * object schema that lists its properties is closed with {@code additionalProperties: false} unless it says
 * {@code x-kubernetes-preserve-unknown-fields: true} or already says what other fields may hold. This is what kubeconform's
 * strict mode does.
 */
final class CrdSchema {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private final String group;
    private final String kind;
    private final String version;
    private final JsonSchema schema;

    private CrdSchema(String group, String kind, String version, JsonSchema schema) {
        this.group = group;
        this.kind = kind;
        this.version = version;
        this.schema = schema;
    }

    static CrdSchema load(Path crdFile, String version) {
        JsonNode crd = YamlDocuments.readSingle(crdFile);
        if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
            throw new IllegalArgumentException(crdFile + " is not a CustomResourceDefinition");
        }
        JsonNode spec = crd.path("spec");
        for (JsonNode served : spec.path("versions")) {
            if (served.path("name").asText().equals(version)) {
                if (!served.path("served").asBoolean()) {
                    throw new IllegalArgumentException(crdFile + ": version " + version + " is not served");
                }
                JsonNode openApi = served.path("schema").path("openAPIV3Schema").deepCopy();
                close(openApi);
                return new CrdSchema(spec.path("group").asText(), spec.path("names").path("kind").asText(), version,
                        FACTORY.getSchema(openApi));
            }
        }
        throw new IllegalArgumentException(crdFile + " has no version " + version);
    }

    String apiVersion() {
        return group + "/" + version;
    }

    String kind() {
        return kind;
    }

    /** The schema violations of the manifest, sorted; empty when it is valid. */
    Set<String> violations(JsonNode manifest) {
        Set<String> messages = new TreeSet<>();
        for (ValidationMessage message : schema.validate(manifest)) {
            messages.add(message.getMessage());
        }
        return messages;
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            boolean listsProperties = object.has("properties") && "object".equals(object.path("type").asText());
            boolean open = object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
                    || object.has("additionalProperties");
            if (listsProperties && !open) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(entry -> close(entry.getValue()));
        } else if (node != null && node.isArray()) {
            node.forEach(CrdSchema::close);
        }
    }
}
