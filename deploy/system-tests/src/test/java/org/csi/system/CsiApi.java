package org.csi.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.testkit.TopicProbe;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The calls the fault tests make through the public APIs, as a CSI manager or an ITSM tool would, and the counts they
 * read back. Every call asserts its answer, so a call the suite refuses during a fault fails the test at once.
 */
final class CsiApi {

    static final String MTTR = "incident.mttr.hours";

    private final Endpoints suite;

    CsiApi(Endpoints suite) {
        this.suite = suite;
    }

    /** A service name no other test uses, so what a test counts is its own. */
    static String uniqueService(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    JsonPath post(String service, String path, String body) {
        return given().baseUri(suite.url(service)).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(anyOf(equalTo(200), equalTo(201))).extract().jsonPath();
    }

    /** A POST as a given caller (a token for that person): who acts is the token's subject, never a body field. */
    JsonPath postAs(String token, String service, String path, String body) {
        return given().baseUri(suite.url(service)).header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(anyOf(equalTo(200), equalTo(201))).extract().jsonPath();
    }

    JsonPath get(String service, String path, Map<String, ?> query) {
        return given().baseUri(suite.url(service)).queryParams(query).get(path)
                .then().statusCode(200).extract().jsonPath();
    }

    String createInitiative(String service, String title) {
        return post("initiative-service", "/api/v1/initiatives", """
                {"title": "%s", "vision": "Fewer and shorter outages of %s", "focusAreas": ["SERVICE_QUALITY"],
                 "services": ["%s"], "processes": ["Incident Management"], "owner": "owner-%s@example.com",
                 "reviewCadence": "P30D"}""".formatted(title, service, service, service)).getString("id");
    }

    /** An MTTR objective: baseline 8 h, target 4 h, tolerance 0.5 h, so any value above 4.5 h misses it. */
    String setMttrObjective(String initiativeId, String service, String name) {
        return post("initiative-service", "/api/v1/initiatives/" + initiativeId + "/objectives", """
                {"name": "%s", "kpiKey": "%s", "service": "%s", "baselineValue": 8, "targetValue": 4,
                 "direction": "LOWER_IS_BETTER", "tolerance": 0.5, "horizon": "SHORT_TERM", "dueDate": "%s"}"""
                .formatted(name, MTTR, service, LocalDate.now().plusMonths(3))).getString("id");
    }

    /** The communication plan: each audience is {@code name:CHANNEL} and wants the given event types. */
    void plan(String initiativeId, List<String> audiences, String... eventTypes) {
        String types = Arrays.stream(eventTypes).map(t -> "\"" + t + "\"").collect(Collectors.joining(", "));
        String body = audiences.stream().map(a -> {
            String[] nameAndChannel = a.split(":");
            String addresses = nameAndChannel[1].equals("EMAIL")
                    ? ", \"addresses\": [\"" + nameAndChannel[0] + "@example.com\"]" : "";
            return "{\"name\": \"%s\", \"kind\": \"PROCESS_OWNERS\", \"channel\": \"%s\"%s, \"eventTypes\": [%s]}"
                    .formatted(nameAndChannel[0], nameAndChannel[1], addresses, types);
        }).collect(Collectors.joining(", ", "{\"audiences\": [", "]}"));
        given().baseUri(suite.url("notification-service")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/initiatives/" + initiativeId + "/communication-plan")
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    /** One MTTR value from an ITSM tool: 201, a new measurement. */
    void recordMttr(String service, double hours, Instant measuredAt, String sourceId) {
        given().baseUri(suite.url("assessment-service")).contentType(ContentType.JSON).body("""
                {"kpiKey": "%s", "service": "%s", "value": %s, "unit": "hours", "measuredAt": "%s",
                 "sourceSystem": "fault-test", "sourceId": "%s"}""".formatted(MTTR, service, hours, measuredAt, sourceId))
                .post("/api/v1/measurements").then().statusCode(201);
    }

    /** How many MTTR measurements assessment-service holds for the service. */
    long storedMeasurements(String service) {
        return get("assessment-service", "/api/v1/services/" + service + "/kpis/" + MTTR + "/measurements",
                Map.of("size", 1)).getLong("totalItems");
    }

    /** The MTTR value initiative-service has projected for the service, or null before the first one arrives. */
    Float projectedMttr(String service) {
        List<Float> values = get("initiative-service", "/api/v1/latest-measurements",
                Map.of("service", service, "kpiKey", MTTR)).getList("value", Float.class);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Plans a checkpoint due at the given time, for the scheduler to review; answers its id. */
    String planCheckpoint(String initiativeId, Instant dueAt) {
        return post("initiative-service", "/api/v1/initiatives/" + initiativeId + "/checkpoints",
                "{\"dueAt\": \"" + dueAt + "\"}").getString("id");
    }

    /** Plans a checkpoint and reviews it at once; answers the status of each objective (objective id -> status). */
    Map<String, String> reviewNow(String initiativeId) {
        String checkpoint = post("initiative-service", "/api/v1/initiatives/" + initiativeId + "/checkpoints",
                "{\"dueAt\": \"" + Instant.now().plusSeconds(3600) + "\"}").getString("id");
        JsonPath review = post("initiative-service",
                "/api/v1/initiatives/" + initiativeId + "/checkpoints/" + checkpoint + "/review",
                "{\"wentWell\": \"Measured\", \"wentWrong\": \"Still slow\"}");
        return review.getList("results", Map.class).stream()
                .collect(Collectors.toMap(r -> (String) r.get("objectiveId"), r -> (String) r.get("status")));
    }

    /** Every SIP of the initiative (all pages). */
    List<Map<String, Object>> sips(String initiativeId) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath answer = get("sip-service", "/api/v1/sips",
                    Map.of("initiativeId", initiativeId, "size", 200, "page", page));
            all.addAll(answer.getList("items"));
            if (page + 1 >= answer.getInt("totalPages")) {
                return all;
            }
        }
    }

    /** The kinds of the triggers one SIP answers (TARGET_MISSED, GAP_IDENTIFIED), one entry per occurrence. */
    List<String> occurrenceKinds(Object sipId) {
        return get("sip-service", "/api/v1/sips/" + sipId, Map.of()).getList("occurrences.kind", String.class);
    }

    /** Communications of the initiative for one event type in one status. */
    long communications(String initiativeId, String eventType, String status) {
        return get("notification-service", "/api/v1/communications",
                Map.of("initiativeId", initiativeId, "eventType", eventType, "status", status, "size", 1))
                .getLong("totalItems");
    }

    /** Waits until the broker holds {@code expected} distinct events of the type mentioning the text. */
    static void awaitEvents(TopicProbe broker, String ceType, String mentioning, int expected) {
        await().atMost(Duration.ofSeconds(120)).until(
                () -> eventIds(broker.drain(r -> true, Duration.ofMillis(200)), ceType, mentioning).size() >= expected);
    }

    /** The distinct CloudEvent ids among records of a type whose payload mentions each text (an id, a service). */
    static Set<String> eventIds(List<ConsumerRecord<String, String>> records, String ceType, String... mentioning) {
        return records.stream()
                .filter(r -> ceType.equals(TopicProbe.header(r, "ce_type"))
                        && Arrays.stream(mentioning).allMatch(r.value()::contains))
                .map(r -> TopicProbe.header(r, "ce_id"))
                .collect(Collectors.toSet());
    }

    /** How many records of a type mention the text, duplicates included (an at-least-once relay may re-send). */
    static long records(List<ConsumerRecord<String, String>> records, String ceType, String mentioning) {
        return records.stream()
                .filter(r -> ceType.equals(TopicProbe.header(r, "ce_type")) && r.value().contains(mentioning))
                .count();
    }
}
