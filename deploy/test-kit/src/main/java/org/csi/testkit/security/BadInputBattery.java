package org.csi.testkit.security;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.csi.testkit.security.OpenApiOperations.Operation;
import org.csi.testkit.security.OpenApiOperations.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.restassured.response.Response;

/**
 * Sends every endpoint of a service's OpenAPI document the bad input an ITSM tool or an attacker might, and that an
 * outside probe once turned into 5xx answers: malformed JSON, wrong types, missing fields, unknown enum values, huge
 * strings and bodies, wrong content types and illegal ids; and, field by field of each documented example body, NUL
 * and unpaired surrogates in strings, huge and overlong numbers, dates out of range, bad cadences and null array items;
 * the body with a duplicate key and with trailing garbage; an oversized chunked body; on every list endpoint a huge
 * page and NUL in each query parameter; a token issued in the future. Each answer must be a 4xx
 * {@code application/problem+json} that names no Java class (never a 5xx), and the lists the service serves must hold
 * as many items afterwards as before. Calls go out as csi-admin, so access rules never hide a validation gap.
 */
public final class BadInputBattery {

    private static final String HUGE_STRING = "x".repeat(300_000);
    private static final List<String> BODIES = List.of(
            "{\"unterminated\": ",
            "[]",
            "\"just a string\"",
            "{}",
            "{\"title\": 42, \"name\": {}, \"value\": \"not a number\", \"kpiKey\": [], \"service\": false,"
                    + " \"measurements\": \"many\", \"audiences\": 7, \"levels\": \"high\", \"dueDate\": \"someday\"}",
            "{\"status\": \"NOPE\", \"direction\": \"SIDEWAYS\", \"focusAreas\": [\"WORLD_PEACE\"], \"model\": \"X\","
                    + " \"kind\": \"ALIENS\", \"channel\": \"PIGEON\", \"horizon\": \"FOREVER\"}",
            "{\"title\": \"" + HUGE_STRING + "\", \"name\": \"" + HUGE_STRING + "\", \"description\": \"" + HUGE_STRING
                    + "\"}",
            "{\"padding\": \"" + "y".repeat(2_000_000) + "\"}",
            "{\"reason\": \"a\", \"reason\": \"b\"}",
            "{\"audiences\": [null], \"measurements\": [null], \"kpis\": [null], \"actions\": [null]}",
            "{} {}",
            "{\"title\": \"a\\u0000b\", \"reason\": \"\\u0000\", \"name\": \"\\ud800\", \"url\": \"\\udc00x\"}");
    /** Numbers no column holds: 200,001 digits written out, a double's edge, 40 digits, a scale of 200,000. */
    static final List<String> HUGE_NUMBERS = List.of("1e200000", "1e100000", "1e308", "-1e308",
            "1234567890123456789012345678901234567890", "1e-200000", "0." + "0".repeat(98) + "1");
    static final List<String> BAD_DATES = List.of("+999999999-12-31", "0000-01-01", "-000001-01-01", "1999-12-31",
            "3000-01-01");
    static final List<String> BAD_INSTANTS = List.of("+999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z", "3000-01-01T00:00:00Z");
    static final List<String> BAD_CADENCES = List.of("P0D", "P0Y0M0D", "P1Y1Y", "P99999999Y", "PT1H", "P6Y", "P",
            "p30d", "P-1D");
    static final List<String> BAD_STRINGS = List.of("a\\u0000b", "\\u0000", "x\\ud800", "\\udc00");

    private BadInputBattery() {
    }

    /** Throws AssertionError listing every answer that was not a 4xx problem and every list that changed size. */
    public static void assertRejectedCleanly() {
        InputProbe probe = new InputProbe();
        List<Operation> endpoints = probe.api.operations();
        Map<String, Integer> before = probe.listSizes();
        int writes = 0;
        for (Operation endpoint : endpoints) {
            if (!endpoint.writes()) {
                continue;
            }
            writes++;
            String path = InputProbe.anyIds(endpoint.path());
            for (String body : BODIES) {
                probe.expectRefused(endpoint, "body " + InputProbe.abbreviate(body).substring(0,
                        Math.min(60, InputProbe.abbreviate(body).length())),
                        probe.send(endpoint.method(), path, body));
            }
            probe.expectRefused(endpoint, "text/plain body", probe.request().contentType("text/plain").body("hello")
                    .request(endpoint.method(), path));
            probe.expectRefused(endpoint, "XML body", probe.request().contentType("application/xml").body("<a/>")
                    .request(endpoint.method(), path));
            if (endpoint.hasPathParameters()) {
                String illegal = endpoint.path().replaceAll("\\{[^}]+}", "not-a-uuid%20'%20OR%201=1");
                probe.expectRefused(endpoint, "illegal id", probe.send(endpoint.method(), illegal, "{}"));
                probe.expectRefused(endpoint, "NUL in the id", probe.send(endpoint.method(),
                        endpoint.path().replaceAll("\\{[^}]+}", "%00"), "{}"));
            }
            if (endpoint.hasBody()) {
                mutations(probe, endpoint, path);
                HttpResponse<String> chunked = probe.sendChunked(endpoint.method(), path, 5L * 1024 * 1024);
                if (chunked != null && chunked.statusCode() != 413) {
                    probe.failures.add(endpoint + " with a 5 MiB chunked body answered " + chunked.statusCode()
                            + ", expected 413: " + InputProbe.abbreviate(chunked.body()));
                }
            }
        }
        for (Operation endpoint : endpoints) {
            if (endpoint.method().equals("GET")) {
                queries(probe, endpoint);
            }
        }
        Operation read = endpoints.stream().filter(e -> e.method().equals("GET")).findFirst().orElseThrow();
        String future = TestTokens.issuedAt(Instant.now().plusSeconds(600), "csi-admin");
        Response futureToken = io.restassured.RestAssured.given().header("Authorization", "Bearer " + future)
                .get(InputProbe.anyIds(read.path()));
        if (futureToken.statusCode() != 401) {
            probe.failures.add(read + " with a token issued 10 minutes in the future answered "
                    + futureToken.statusCode() + ", expected 401");
        }
        Map<String, Integer> after = probe.listSizes();
        if (!before.equals(after)) {
            probe.failures.add("stored data changed: list sizes before " + before + ", after " + after);
        }
        if (writes == 0) {
            probe.failures.add("the OpenAPI document lists no write endpoint");
        }
        System.out.printf("[figures] bad-input battery: %d requests, %d answered 5xx, %d failures%n", probe.calls,
                probe.serverErrors, probe.failures.size());
        if (!probe.failures.isEmpty()) {
            throw new AssertionError(probe.failures.size() + " of " + probe.calls
                    + " bad requests were not refused cleanly:\n" + String.join("\n", probe.failures));
        }
    }

    /** The documented example body, broken one field at a time, and broken as a whole. */
    private static void mutations(InputProbe probe, Operation endpoint, String path) {
        JsonNode example = endpoint.bodyExample();
        if (!example.isObject() || example.isEmpty()) {
            return;
        }
        String valid = example.toString();
        String first = example.fieldNames().next();
        probe.expectRefused(endpoint, "duplicate key " + first, probe.send(endpoint.method(), path,
                "{\"" + first + "\": " + example.get(first) + ", " + valid.substring(1)));
        probe.expectRefused(endpoint, "trailing garbage", probe.send(endpoint.method(), path, valid + " x"));
        probe.expectRefused(endpoint, "a second JSON value", probe.send(endpoint.method(), path, valid + valid));
        List<String[]> cases = new ArrayList<>();
        collect(probe.api, endpoint.bodySchema(), (ObjectNode) example, "", cases);
        for (String[] c : cases) {
            probe.expectRefused(endpoint, c[0], probe.send(endpoint.method(), path, c[1]));
        }
    }

    private static final String RAW = "__raw_value__";

    /** Adds {description, body} for every bad value of every field of the example (objects and first array items). */
    private static void collect(OpenApiOperations api, JsonNode schema, ObjectNode root, String prefix,
            List<String[]> cases) {
        JsonNode node = prefix.isEmpty() ? root : root.at(prefix);
        JsonNode resolved = api.resolve(schema);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode fieldSchema = api.resolve(resolved.path("properties").has(field.getKey())
                    ? resolved.path("properties").path(field.getKey()) : resolved.path("additionalProperties"));
            String pointer = prefix + "/" + field.getKey();
            String name = pointer.substring(1).replace('/', '.');
            JsonNode value = field.getValue();
            String type = OpenApiOperations.typeOf(fieldSchema);
            if (value.isObject()) {
                collect(api, fieldSchema, root, pointer, cases);
            } else if (value.isArray()) {
                cases.add(new String[] { name + " [null]", replaced(root, pointer, "[null]") });
                cases.add(new String[] { name + " [x, null]", replaced(root, pointer, value.isEmpty() ? "[null]"
                        : "[" + value.get(0) + ", null]") });
                if (!value.isEmpty() && value.get(0).isObject()) {
                    collect(api, api.resolve(fieldSchema.path("items")), root, pointer + "/0", cases);
                } else if (!value.isEmpty() && value.get(0).isTextual()) {
                    for (String bad : BAD_STRINGS) {
                        cases.add(new String[] { name + "[0] \"" + bad + "\"", replaced(root, pointer + "/0",
                                "\"" + bad + "\"") });
                    }
                }
            } else if (value.isNumber() || type.equals("number") || type.equals("integer")) {
                for (String bad : HUGE_NUMBERS) {
                    cases.add(new String[] { name + " " + InputProbe.abbreviate(bad), replaced(root, pointer, bad) });
                }
            } else if (value.isTextual()) {
                String format = fieldSchema.path("format").asText();
                List<String> bad = field.getKey().toLowerCase().contains("cadence") ? BAD_CADENCES
                        : format.equals("date") ? BAD_DATES : format.equals("date-time") ? BAD_INSTANTS : List.of();
                for (String b : bad) {
                    cases.add(new String[] { name + " \"" + b + "\"", replaced(root, pointer, "\"" + b + "\"") });
                }
                if (!fieldSchema.has("enum") && !format.equals("uuid")) {
                    for (String b : BAD_STRINGS) {
                        cases.add(new String[] { name + " \"" + b + "\"", replaced(root, pointer, "\"" + b + "\"") });
                    }
                }
            }
        }
    }

    /** The example with the value at the pointer replaced by raw JSON text (which a JsonNode could not hold). */
    private static String replaced(ObjectNode root, String pointer, String rawJson) {
        ObjectNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(key, TextNode.valueOf(RAW));
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), TextNode.valueOf(RAW));
        }
        return copy.toString().replace("\"" + RAW + "\"", rawJson);
    }

    /** Huge pages and sizes, and NUL in each query parameter. */
    private static void queries(InputProbe probe, Operation endpoint) {
        String path = InputProbe.anyIds(endpoint.path());
        StringBuilder required = new StringBuilder();
        for (Parameter parameter : endpoint.query()) {
            if (parameter.required()) {
                required.append('&').append(parameter.name()).append("=x");
            }
        }
        for (Parameter parameter : endpoint.query()) {
            String name = parameter.name();
            List<String> bad = new ArrayList<>(List.of("%00", "a%00b"));
            if (name.equals("page") || name.equals("size")) {
                bad.addAll(List.of("2147483647", "100001", "-1", "99999999999"));
            }
            String format = parameter.schema().path("format").asText();
            if (format.equals("date-time")) {
                BAD_INSTANTS.forEach(b -> bad.add(java.net.URLEncoder.encode(b, java.nio.charset.StandardCharsets.UTF_8)));
            } else if (format.equals("date")) {
                BAD_DATES.forEach(b -> bad.add(java.net.URLEncoder.encode(b, java.nio.charset.StandardCharsets.UTF_8)));
            }
            for (String value : bad) {
                Response response = probe.request().get(path + "?" + name + "=" + value + required);
                probe.expectRefused(endpoint, "?" + name + "=" + value, response);
            }
        }
    }
}
