package org.csi.testkit.security;

import static io.restassured.RestAssured.given;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csi.testkit.security.OpenApiOperations.Operation;
import org.csi.testkit.security.OpenApiOperations.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A generative pass over a service's OpenAPI document: for every operation, random request bodies built from its
 * request schema (each field valid, or hostile: wrong type, out of range, overlong, NUL, unpaired surrogates, dates
 * out of range, huge numbers, null items, unknown and duplicate keys) and random query strings, on ids that exist
 * (taken from the service's own lists) as well as on random ones. It asserts: never a 5xx, no Java class or stack
 * frame in an error body, and nothing stored on a 4xx (the endpoint's own list keeps its totalItems). It prints how
 * many requests it sent and how many 5xx it found.
 * <p>
 * A seeded {@link Random} rather than jqwik: the pass runs inside each service's {@code @QuarkusTest} (the service on a
 * real PostgreSQL and Kafka via CsiStackTestResource), which jqwik's own test engine would not start. A failure
 * names the seed; {@code -Dcsi.generative.seed=N} replays it.
 */
public final class GenerativeInputPass {

    private static final long DEFAULT_SEED = 20261201L;
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

    private final InputProbe probe = new InputProbe();
    private final Random random;
    private final long seed;
    private int bodies;

    private GenerativeInputPass(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * Runs the pass with {@code bodiesPerOperation} random requests per operation (system property
     * csi.generative.bodies overrides), in rounds over all operations, stopping after csi.generative.budget-seconds
     * (25; four services, so the whole pass stays under two minutes even on a loaded machine).
     */
    public static void assertNoServerErrors(int bodiesPerOperation) {
        long seed = Long.getLong("csi.generative.seed", DEFAULT_SEED);
        int count = Integer.getInteger("csi.generative.bodies", bodiesPerOperation);
        long budget = Long.getLong("csi.generative.budget-seconds", 25);
        GenerativeInputPass pass = new GenerativeInputPass(seed);
        long started = System.nanoTime();
        pass.run(count, budget * 1_000_000_000L);
        InputProbe probe = pass.probe;
        System.out.printf("[figures] generative input pass: %d requests (%d generated bodies), %d answered 5xx, "
                + "%d failures, seed %d, %d s%n", probe.calls, pass.bodies, probe.serverErrors, probe.failures.size(),
                seed, (System.nanoTime() - started) / 1_000_000_000);
        if (!probe.failures.isEmpty()) {
            throw new AssertionError(probe.failures.size() + " of " + probe.calls + " generated requests (seed " + seed
                    + ") broke a rule:\n" + String.join("\n", probe.failures.subList(0, Math.min(60,
                            probe.failures.size()))));
        }
    }

    private void run(int count, long budgetNanos) {
        hostHeaderIsNotReflected();
        long deadline = System.nanoTime() + budgetNanos;
        List<Operation> operations = probe.api.operations().stream().filter(o -> !o.method().equals("DELETE")).toList();
        // round by round over all operations, so a time budget cut on a slow machine still covers each of them
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            for (Operation operation : operations) {
                String path = resolve(operation.path());
                String query = query(operation);
                String body = operation.hasBody() ? value(operation.bodySchema(), "", 0, random.nextInt(3) == 0) : null;
                String own = ownList(operation);
                Integer before = own == null ? null : size(own);
                RequestSpecification request = probe.request();
                if (body != null) {
                    bodies++;
                    request.contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
                }
                if (operation.method().equals("PUT") || operation.method().equals("PATCH")) {
                    ifMatch(request, path);
                }
                Response response = request.request(operation.method(), path + query);
                String what = (body == null ? "" : "body " + InputProbe.abbreviate(body)) + " " + query;
                probe.expectNoServerError(operation, what, response);
                if (response.statusCode() >= 400 && response.statusCode() < 500 && before != null) {
                    Integer after = size(own);
                    if (!before.equals(after)) {
                        probe.failures.add(operation + " answered " + response.statusCode() + " to " + what
                                + " but " + own + " went from " + before + " to " + after + " items");
                    }
                }
            }
        }
    }

    /** A create with a valid body and a foreign Host header: its Location must not point at that host. */
    private void hostHeaderIsNotReflected() {
        for (Operation operation : probe.api.operations()) {
            if (!operation.method().equals("POST") || operation.hasPathParameters() || !operation.bodyExample().isObject()) {
                continue;
            }
            Response response = probe.request().header("Host", "evil.example.org").contentType("application/json")
                    .body(operation.bodyExample().toString()).post(operation.path());
            String location = response.header("Location");
            if (location != null && (location.contains("evil.example.org") || location.contains("://"))) {
                probe.failures.add(operation + " with Host: evil.example.org answered Location " + location
                        + ", expected a path");
            }
        }
    }

    /** Each path parameter: an id the service lists under the path so far (when there is one), or a random UUID. */
    private String resolve(String template) {
        StringBuilder path = new StringBuilder();
        Matcher matcher = PARAMETER.matcher(template);
        int last = 0;
        while (matcher.find()) {
            path.append(template, last, matcher.start());
            String id = random.nextInt(4) == 0 ? null : anyListedId(path.toString().replaceAll("/$", ""));
            path.append(id != null ? id : random.nextInt(10) == 0 ? "not-a-uuid" : UUID.randomUUID().toString());
            last = matcher.end();
        }
        return path.append(template.substring(last)).toString();
    }

    private String anyListedId(String listPath) {
        Response response = given().header("Authorization", probe.token).urlEncodingEnabled(false).get(listPath);
        probe.calls++;
        if (response.statusCode() != 200 || !String.valueOf(response.contentType()).startsWith("application/json")) {
            return null;
        }
        List<Object> ids = new ArrayList<>();
        Object items = response.jsonPath().get("items.id");
        if (items instanceof List<?> list) {
            ids.addAll(list);
        } else if (response.jsonPath().get("$") instanceof List<?> list && !list.isEmpty()
                && response.jsonPath().get("id") instanceof List<?> direct) {
            ids.addAll(direct);
        }
        ids.removeIf(java.util.Objects::isNull);
        return ids.isEmpty() ? null : String.valueOf(ids.get(random.nextInt(ids.size())));
    }

    private void ifMatch(RequestSpecification request, String path) {
        switch (random.nextInt(4)) {
            case 0 -> {
                // none: 428
            }
            case 1 -> request.header("If-Match", random.nextBoolean() ? "\"999999\"" : "garbage\u00e9");
            default -> {
                String etag = given().header("Authorization", probe.token).urlEncodingEnabled(false).get(path)
                        .header("ETag");
                probe.calls++;
                request.header("If-Match", etag != null ? etag : "*");
            }
        }
    }

    /** The list without path parameters whose path starts the operation's path, e.g. /api/v1/sips for /api/v1/sips/{id}/submit. */
    private String ownList(Operation operation) {
        if (operation.method().equals("GET")) {
            return null;
        }
        String best = null;
        for (Operation list : probe.api.operations()) {
            if (list.method().equals("GET") && !list.hasPathParameters()
                    && (operation.path().equals(list.path()) || operation.path().startsWith(list.path() + "/"))
                    && (best == null || list.path().length() > best.length())) {
                best = list.path();
            }
        }
        return best;
    }

    private Integer size(String listPath) {
        Response response = given().header("Authorization", probe.token).get(listPath);
        probe.calls++;
        if (response.statusCode() != 200) {
            return null;
        }
        Object total = response.jsonPath().get("totalItems");
        if (total instanceof Number n) {
            return n.intValue();
        }
        Object all = response.jsonPath().get("$");
        return all instanceof List<?> list ? list.size() : null;
    }

    private String query(Operation operation) {
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.query()) {
            if (!parameter.required() && random.nextInt(3) != 0) {
                continue;
            }
            String raw = scalar(parameter.schema(), parameter.name(), random.nextInt(3) == 0);
            String text = raw.startsWith("\"") ? unquote(raw) : raw;
            // the HTTP server refuses request lines over 4 KiB with a bare 414 before any CSI code runs
            text = text.length() > 1000 ? text.substring(0, 1000) : text;
            query.append(query.length() == 0 ? '?' : '&').append(parameter.name()).append('=')
                    .append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static String unquote(String json) {
        try {
            return OpenApiOperations.JSON.readTree(json).asText();
        } catch (Exception e) {
            return json;
        }
    }

    /** JSON text for the schema: valid unless {@code hostile}, which makes (mostly) this one level bad. */
    private String value(JsonNode rawSchema, String name, int depth, boolean hostile) {
        JsonNode schema = probe.api.resolve(rawSchema);
        String type = OpenApiOperations.typeOf(schema);
        if (hostile && random.nextInt(6) == 0) {
            return wrongType(type);
        }
        switch (type) {
            case "object" -> {
                return object(schema, depth, hostile);
            }
            case "array" -> {
                if (hostile && random.nextBoolean()) {
                    return random.nextBoolean() ? "[null]" : "[" + value(schema.path("items"), name, depth + 1, false)
                            + ", null]";
                }
                int max = schema.path("maxItems").asInt(4);
                int n = hostile && random.nextBoolean() ? max + 1 : random.nextInt(Math.min(max, 3) + 1);
                if (schema.path("minItems").asInt(0) > n) {
                    n = schema.path("minItems").asInt();
                }
                List<String> items = new ArrayList<>();
                for (int i = 0; i < n && i < 60; i++) {
                    items.add(value(schema.path("items"), name, depth + 1, hostile && random.nextInt(3) == 0));
                }
                return "[" + String.join(", ", items) + "]";
            }
            default -> {
                return scalar(schema, name, hostile);
            }
        }
    }

    private String object(JsonNode schema, int depth, boolean hostile) {
        if (depth > 4) {
            return "{}";
        }
        List<String> members = new ArrayList<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            boolean isRequired = required.contains(property.getKey());
            if (isRequired ? hostile && random.nextInt(8) == 0 : random.nextInt(3) == 0) {
                continue; // leave it out
            }
            boolean bad = hostile && random.nextInt(3) == 0;
            members.add(quote(property.getKey()) + ": " + value(property.getValue(), property.getKey(), depth + 1, bad));
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject() && !additional.isEmpty()) {
            List<String> keys = new ArrayList<>();
            JsonNode keyEnum = probe.api.resolve(schema.path("propertyNames")).path("enum");
            keyEnum.forEach(k -> keys.add(k.asText()));
            if (keys.isEmpty()) {
                keys.addAll(List.of("VISION_AND_STEERING", "PROCESS", "PEOPLE", "TECHNOLOGY", "CULTURE", "TANGIBLES",
                        "RELIABILITY", "RESPONSIVENESS", "ASSURANCE", "EMPATHY"));
            }
            int n = 1 + random.nextInt(Math.min(keys.size(), 5));
            for (int i = 0; i < n; i++) {
                String key = hostile && random.nextInt(4) == 0 ? "NOT_A_KEY\u0000" : keys.get(random.nextInt(keys.size()));
                members.add(quote(key) + ": " + value(additional, key, depth + 1, hostile && random.nextBoolean()));
            }
        }
        if (hostile && random.nextInt(5) == 0) {
            members.add(quote("unknownField") + ": " + quote("x"));
        }
        if (hostile && !members.isEmpty() && random.nextInt(5) == 0) {
            members.add(members.get(random.nextInt(members.size()))); // a duplicate key
        }
        String object = "{" + String.join(", ", members) + "}";
        return hostile && depth == 0 && random.nextInt(12) == 0 ? object + (random.nextBoolean() ? " x" : " {}") : object;
    }

    private String wrongType(String type) {
        List<String> others = new ArrayList<>(List.of("null", "true", "42", "\"text\"", "[]", "{}", "-0.5"));
        if (type.equals("object")) {
            others.remove("{}");
        }
        return others.get(random.nextInt(others.size()));
    }

    private String scalar(JsonNode schema, String name, boolean hostile) {
        String type = OpenApiOperations.typeOf(schema);
        String format = schema.path("format").asText();
        if (hostile) {
            return hostileScalar(schema, type, format, name);
        }
        if (schema.has("enum") && schema.path("enum").size() > 0) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size())).toString();
        }
        switch (type) {
            case "integer" -> {
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(min + 20);
                return Long.toString(min + (long) random.nextInt((int) Math.min(max - min + 1, 1000)));
            }
            case "number" -> {
                double v = (random.nextInt(200_000) - 100_000) / 100.0;
                return schema.path("minimum").asDouble(-1) >= 0 ? Double.toString(Math.abs(v)) : Double.toString(v);
            }
            case "boolean" -> {
                return Boolean.toString(random.nextBoolean());
            }
            default -> {
                return quote(validText(schema, format, name));
            }
        }
    }

    private String validText(JsonNode schema, String format, String name) {
        String lower = name.toLowerCase();
        if (format.equals("date")) {
            return LocalDate.now().plusDays(random.nextInt(400) - 5).toString();
        }
        if (format.equals("date-time")) {
            return Instant.now().plus(random.nextInt(400) - 5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (format.equals("uuid") || lower.endsWith("id")) {
            return UUID.randomUUID().toString();
        }
        if (lower.contains("cadence")) {
            return List.of("P1D", "P30D", "P2W", "P1M", "P1Y", "P5Y").get(random.nextInt(6));
        }
        if (lower.contains("email") || lower.contains("address") || lower.equals("owner")) {
            return "user" + random.nextInt(1000) + "@example.com";
        }
        if (lower.contains("url")) {
            return "https://hooks.example.com/csi/" + random.nextInt(1000);
        }
        if (lower.contains("kpikey") || lower.equals("kpi")) {
            return "incident.mttr.hours";
        }
        if (lower.contains("eventtype")) {
            return List.of("csi.sip.drafted", "csi.target.missed").get(random.nextInt(2));
        }
        if (lower.equals("secret")) {
            return "whsec_" + java.util.Base64.getEncoder().encodeToString(("secret-" + random.nextLong()).getBytes());
        }
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && examples.size() > 0 && examples.get(0).isTextual() && random.nextBoolean()) {
            return examples.get(0).asText();
        }
        int max = Math.max(1, Math.min(schema.path("maxLength").asInt(40), 40));
        StringBuilder text = new StringBuilder();
        String letters = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_äöü€😀";
        int length = 1 + random.nextInt(max);
        while (text.length() < length) {
            text.appendCodePoint(letters.codePoints().toArray()[random.nextInt(letters.codePointCount(0, letters.length()))]);
        }
        return text.toString().strip().isEmpty() ? "x" : text.toString();
    }

    private String hostileScalar(JsonNode schema, String type, String format, String name) {
        List<String> candidates = new ArrayList<>();
        switch (type) {
            case "integer" -> candidates.addAll(List.of("-1", "2147483648", "-2147483649", "99999999999999999999",
                    "1.5", "1e10", "\"7\""));
            case "number" -> candidates.addAll(BadInputBattery.HUGE_NUMBERS);
            case "boolean" -> candidates.addAll(List.of("\"yes\"", "1", "\"\\u0000\""));
            default -> {
                candidates.addAll(List.of("\"a\\u0000b\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\"", "\"   \"",
                        quote("x".repeat(schema.path("maxLength").asInt(5000) + 1))));
                if (format.equals("date")) {
                    BadInputBattery.BAD_DATES.forEach(d -> candidates.add(quote(d)));
                } else if (format.equals("date-time")) {
                    BadInputBattery.BAD_INSTANTS.forEach(d -> candidates.add(quote(d)));
                } else if (name.toLowerCase().contains("cadence")) {
                    BadInputBattery.BAD_CADENCES.forEach(d -> candidates.add(quote(d)));
                } else if (schema.has("enum")) {
                    candidates.add("\"NOT_ONE_OF_THEM\"");
                }
            }
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static String quote(String text) {
        try {
            return OpenApiOperations.JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
