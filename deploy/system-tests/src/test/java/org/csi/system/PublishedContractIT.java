package org.csi.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.csi.stack.CsiStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The contract as the running services publish it, checked with the tools their users bring. Each service's live
 * OpenAPI documents ({@code /q/openapi}, 3.1, and {@code /q/openapi-3.0}) are linted by Spectral's {@code spectral:oas}
 * ruleset (installed by this module's build) and must give no finding at all; they must be the documents the build
 * stored and generated the clients from; and they must keep the suite's own rules that Spectral does not check. The
 * event contract is served next to them.
 */
@ExtendWith(RunningSuite.class)
class PublishedContractIT {

    /** Names an operation must not have: they say nothing of what it does, and generators turn them into callList. */
    private static final Set<String> VAGUE_OPERATION_IDS = Set.of("list", "get", "create", "record", "update",
            "replace", "delete", "history", "series", "profile", "gaps", "responses", "analyse");
    private static final Pattern NUMBERED_TWIN = Pattern.compile(".*[A-Za-z]\\d+$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSuite.Suite suite = RunningSuite.get();
    private final Path root = Path.of(System.getProperty("csi.repository.root", "../..")).toAbsolutePath().normalize();

    @Test
    void liveOpenApiDocumentsPassSpectralWithNoFinding() throws Exception {
        Path live = Files.createDirectories(Path.of("target/live-openapi").toAbsolutePath());
        List<String> files = new ArrayList<>();
        for (String service : CsiStack.SERVICES) {
            for (String path : List.of("/q/openapi", "/q/openapi-3.0")) {
                Path file = live.resolve(service + (path.endsWith("3.0") ? "-3.0" : "") + ".yaml");
                Files.writeString(file, given().baseUri(suite.url(service)).get(path).then().statusCode(200)
                        .extract().asString());
                files.add(file.toString());
            }
        }
        List<String> command = new ArrayList<>(List.of(root.resolve("deploy/system-tests/target/tools/node_modules/.bin/spectral")
                .toString(), "lint", "--ruleset", root.resolve(".spectral.yaml").toString(), "--fail-severity", "hint"));
        command.addAll(files);
        Process spectral = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(spectral.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(spectral.waitFor(120, TimeUnit.SECONDS), "Spectral did not finish");
        System.out.printf("[figures] Spectral spectral:oas over %d live documents: %s%n", files.size(), report.strip());
        assertEquals(0, spectral.exitValue(), report);
    }

    @Test
    void liveDocumentsAreTheOnesTheClientsWereGeneratedFrom() throws IOException {
        for (String service : CsiStack.SERVICES) {
            JsonNode stored = JSON.readTree(root.resolve(service + "/target/openapi/openapi.json").toFile());
            assertEquals(stored, document(service, "/q/openapi"), service + ": the live document is not the stored one");
        }
    }

    @Test
    void liveDocumentsKeepTheSuitesOwnRules() {
        for (String service : CsiStack.SERVICES) {
            for (String path : List.of("/q/openapi", "/q/openapi-3.0")) {
                List<String> broken = brokenRules(document(service, path));
                assertEquals(List.of(), broken, service + path);
            }
        }
    }

    @Test
    void everyServicePublishesTheEventContractBesideItsApi() {
        for (String service : CsiStack.SERVICES) {
            String asyncApi = given().baseUri(suite.url(service)).get("/csi/asyncapi.yaml").then().statusCode(200)
                    .extract().asString();
            assertTrue(asyncApi.startsWith("asyncapi: 3.1.0"), service + " serves " + asyncApi.lines().findFirst());
            // the schema files the document refers to are served beside it, so a tool can resolve them
            given().baseUri(suite.url(service)).get("/csi/schemas/sip-drafted.v1.json").then().statusCode(200);
        }
    }

    private JsonNode document(String service, String path) {
        try {
            return JSON.readTree(given().baseUri(suite.url(service)).queryParam("format", "json").get(path).then()
                    .statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rules of the suite's contract that Spectral's ruleset leaves out; answers one line per breach. */
    static List<String> brokenRules(JsonNode doc) {
        List<String> broken = new ArrayList<>();
        if (doc.path("info").path("license").path("name").asText().isEmpty()) {
            broken.add("info.license");
        }
        boolean v31 = doc.path("openapi").asText().startsWith("3.1");
        if (v31 && doc.path("info").path("license").path("identifier").asText().isEmpty()) {
            broken.add("info.license.identifier (SPDX)");
        }
        if (doc.path("servers").isEmpty()) {
            broken.add("servers");
        }
        Set<String> tags = new HashSet<>();
        doc.path("tags").forEach(tag -> {
            tags.add(tag.path("name").asText());
            if (tag.path("description").asText().isBlank()) {
                broken.add("tag " + tag.path("name").asText() + " has no description");
            }
        });
        Map<Set<String>, String> shapes = new java.util.HashMap<>();
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            String name = schema.getKey();
            if (NUMBERED_TWIN.matcher(name).matches()) {
                broken.add("schema " + name + " looks like a numbered twin of another");
            }
            Set<String> properties = new java.util.TreeSet<>();
            schema.getValue().path("properties").fieldNames().forEachRemaining(properties::add);
            // a page per item type, and a request beside the resource it creates, may share property names
            boolean mayMirror = name.endsWith("Page") || name.endsWith("Request") || name.endsWith("Patch");
            String twin = properties.size() < 2 || mayMirror ? null : shapes.putIfAbsent(properties, name);
            if (twin != null) {
                broken.add("schemas " + twin + " and " + name + " have the same properties: one concept, two schemas");
            }
        });
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!Set.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                String id = operation.path("operationId").asText();
                if (id.isEmpty() || VAGUE_OPERATION_IDS.contains(id) || !operationIds.add(id)) {
                    broken.add(where + ": operationId '" + id + "' is missing, vague or not unique");
                }
                operation.path("tags").forEach(tag -> {
                    if (!tags.contains(tag.asText())) {
                        broken.add(where + ": tag " + tag.asText() + " is not declared");
                    }
                });
                operation.path("requestBody").path("content").fields().forEachRemaining(media -> {
                    if (!media.getValue().has("example") && media.getValue().path("examples").isEmpty()) {
                        broken.add(where + ": request body " + media.getKey() + " has no example");
                    }
                });
                operation.path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        String ref = response.getValue().path("content").path("application/problem+json")
                                .path("schema").path("$ref").asText();
                        if (!ref.equals("#/components/schemas/Problem")) {
                            broken.add(where + ": " + response.getKey() + " has no problem+json body");
                        }
                    }
                });
            }
        }
        return broken;
    }
}
