package org.csi.testkit.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The operations of a service's OpenAPI document as the input batteries need them: method, path, the JSON request
 * schema with its example, and the query parameters with their schemas. {@code $ref}s are resolved on the way.
 */
public final class OpenApiOperations {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One documented operation under /api. */
    public record Operation(String method, String path, JsonNode bodySchema, JsonNode bodyExample,
            List<Parameter> query) {

        public boolean writes() {
            return !method.equals("GET") && !method.equals("DELETE");
        }

        public boolean hasBody() {
            return !bodySchema.isMissingNode();
        }

        public boolean hasPathParameters() {
            return path.contains("{");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A query parameter and its (resolved) schema. */
    public record Parameter(String name, JsonNode schema, boolean required) {
    }

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    public OpenApiOperations(String openApiJson) {
        try {
            document = JSON.readTree(openApiJson);
        } catch (Exception e) {
            throw new IllegalStateException("Not an OpenAPI document", e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode media = op.getValue().path("requestBody").path("content").path("application/json");
                List<Parameter> query = new ArrayList<>();
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    JsonNode p = resolve(parameter);
                    if ("query".equals(p.path("in").asText())) {
                        query.add(new Parameter(p.path("name").asText(), resolve(p.path("schema")),
                                p.path("required").asBoolean(false)));
                    }
                }
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), resolve(media.path("schema")),
                        media.path("example"), query));
            }
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The schema itself, or the one its {@code $ref} names (siblings of the $ref such as maxLength are kept). */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                return MissingNode.getInstance();
            }
            JsonNode target = document.at(ref.substring(1));
            if (current.size() > 1 && target.isObject()) {
                var merged = ((com.fasterxml.jackson.databind.node.ObjectNode) target.deepCopy());
                current.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("$ref")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                current = merged;
            } else {
                current = target;
            }
        }
        return current;
    }

    /** The schema's type: "object", "array", "string", "number", "integer", "boolean" (or "" when unknown). */
    public static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "";
    }
}
