package org.csi.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Gaps 2-4 of the Service Gap model from recorded specifications, promises, perceptions and measurements (threshold
 * 1.0), computed by hand:
 *
 * <pre>
 *              customers E/P     mean E  mean P  management E   specified   promised
 * RELIABILITY  7/4, 7/5          7       4.5     5              3.5         6
 * RESPONSIVENESS 6/6, 6/5        6       5.5     6              6           -
 * gap 1 REL = 5 - 7 = -2 (open)            gap 5 REL = 4.5 - 7 = -2.5 (open)
 * gap 2 REL = 3.5 - 5 = -1.5 (open)        gap 2 RESP = 6 - 6 = 0
 * gap 3 REL = 4.5 - 3.5 = +1 (met)         gap 3 RESP = 5.5 - 6 = -0.5 (within 1)
 * gap 4 REL = 4.5 - 6 = -1.5 (open)
 * KPI incident.mttr.hours (lower is better), measured 6.5 h:
 *   gap 3: specified 4 h, tolerance 0.5: gap +2.5, shortfall 2.5 (open)
 *   gap 4: promised 2 h: gap +4.5, shortfall 4.5 (open)
 * KPI availability.percent (higher is better), measured 99.95: gap 4: promised 99.9, met
 * </pre>
 */
@QuarkusTest
@CsiStackTest("assessment-service")
@AsAdmin
class FiveGapsTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @InjectCsiStack
    CsiStack stack;

    @Test
    void gapsTwoToFourComeFromSpecificationsPromisesAndDeliveryAndAreAnnouncedOncePerOpening() {
        String service = "five-gaps-" + UUID.randomUUID();
        Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS);
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.ASSESSMENTS)) {
            respond(service, """
                    {"respondentType": "CUSTOMER", "ratings": {"RELIABILITY": {"expectation": 7, "perception": 4},
                      "RESPONSIVENESS": {"expectation": 6, "perception": 6}}}""");
            respond(service, """
                    {"respondentType": "CUSTOMER", "ratings": {"RELIABILITY": {"expectation": 7, "perception": 5},
                      "RESPONSIVENESS": {"expectation": 6, "perception": 5}}}""");
            respond(service, """
                    {"respondentType": "PROVIDER", "ratings": {"RELIABILITY": {"expectation": 5},
                      "RESPONSIVENESS": {"expectation": 6}}}""");

            String etag = given().contentType(ContentType.JSON).body("""
                    {"levels": [
                      {"dimension": "RELIABILITY", "value": 3.5, "note": "Design: 99.5% availability"},
                      {"dimension": "RESPONSIVENESS", "value": 6},
                      {"kpiKey": "incident.mttr.hours", "value": 4, "unit": "hours", "direction": "LOWER_IS_BETTER",
                       "tolerance": 0.5, "note": "SLA 4.2"}]}""")
                    .put("/api/v1/services/" + service + "/specifications")
                    .then().statusCode(200).header("ETag", notNullValue())
                    .body("kind", equalTo("SPECIFICATION"), "levels.size()", equalTo(3),
                            "updatedBy", notNullValue())
                    .extract().header("ETag");
            measure(service, "incident.mttr.hours", "6.5", t0);
            measure(service, "availability.percent", "99.95", t0);
            given().contentType(ContentType.JSON).body("""
                    {"levels": [
                      {"dimension": "RELIABILITY", "value": 6, "note": "Catalogue: always there when you need it"},
                      {"kpiKey": "incident.mttr.hours", "value": 2, "unit": "hours", "direction": "LOWER_IS_BETTER"},
                      {"kpiKey": "availability.percent", "value": 99.9, "direction": "HIGHER_IS_BETTER"}]}""")
                    .put("/api/v1/services/" + service + "/promises").then().statusCode(200)
                    .body("kind", equalTo("PROMISE"));

            JsonPath model = given().get("/api/v1/services/" + service + "/gap-model")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(5, model.getList("gaps").size());
            assertEquals(List.of("STRATEGY", "DESIGN", "TRANSITION", "OPERATION", "OPERATION"),
                    model.getList("gaps.lifecycleStage"));
            assertEquals(List.of("BUSINESS", "IT", "IT", "BUSINESS", "BUSINESS"), model.getList("gaps.perspective"));
            assertLine(model, 1, "RELIABILITY", 7, 5, -2, 2, true);
            assertLine(model, 2, "RELIABILITY", 5, 3.5, -1.5, 1.5, true);
            assertLine(model, 2, "RESPONSIVENESS", 6, 6, 0, 0, false);
            assertLine(model, 3, "RELIABILITY", 3.5, 4.5, 1, 0, false);
            assertLine(model, 3, "RESPONSIVENESS", 6, 5.5, -0.5, 0.5, false);
            assertLine(model, 3, "incident.mttr.hours", 4, 6.5, 2.5, 2.5, true);
            assertLine(model, 4, "RELIABILITY", 6, 4.5, -1.5, 1.5, true);
            assertLine(model, 4, "incident.mttr.hours", 2, 6.5, 4.5, 4.5, true);
            assertLine(model, 4, "availability.percent", 99.9, 99.95, 0.05, 0, false);
            assertLine(model, 5, "RELIABILITY", 7, 4.5, -2.5, 2.5, true);
            assertEquals("hours", model.getString(line(model, 3, "incident.mttr.hours") + "unit"));
            assertEquals("points", model.getString(line(model, 2, "RELIABILITY") + "unit"));
            assertEquals(1, model.getInt("gaps[1].open"));
            assertEquals(1, model.getInt("gaps[2].open"));
            assertEquals(2, model.getInt("gaps[3].open"));

            // One csi.gap.identified per newly opened gap 2-4, with its number, stage and perspective.
            List<ConsumerRecord<String, String>> events = probe.await(gapsTwoToFour(service), 4, Duration.ofSeconds(30));
            assertEquals(4, events.size());
            ContractCheck.assertConforms(events);
            JsonNode gap2 = only(events, "SERVICE_GAP_2", "RELIABILITY");
            assertEquals(2, gap2.get("gapNumber").asInt());
            assertEquals("DESIGN", gap2.get("lifecycleStage").asText());
            assertEquals("IT", gap2.get("perspective").asText());
            assertEquals("SERVICE_QUALITY", gap2.get("focusArea").asText());
            assertEquals(1.5, gap2.get("gapSize").asDouble(), 1e-9);
            JsonNode gap3 = only(events, "SERVICE_GAP_3", "incident.mttr.hours");
            assertEquals(3, gap3.get("gapNumber").asInt());
            assertEquals("TRANSITION", gap3.get("lifecycleStage").asText());
            assertEquals("incident.mttr.hours", gap3.get("kpiKey").asText());
            assertEquals(6.5, gap3.get("currentValue").asDouble(), 1e-9);
            assertEquals(4.0, gap3.get("targetValue").asDouble(), 1e-9);
            assertEquals(2.5, gap3.get("gapSize").asDouble(), 1e-9);
            assertEquals("LOWER_IS_BETTER", gap3.get("direction").asText());
            JsonNode gap4 = only(events, "SERVICE_GAP_4", "incident.mttr.hours");
            assertEquals(4, gap4.get("gapNumber").asInt());
            assertEquals("OPERATION", gap4.get("lifecycleStage").asText());
            assertEquals("BUSINESS", gap4.get("perspective").asText());
            assertEquals("CUSTOMER_SATISFACTION", gap4.get("focusArea").asText());
            assertEquals(4.5, gap4.get("gapSize").asDouble(), 1e-9);
            only(events, "SERVICE_GAP_4", "RELIABILITY");
            List<ConsumerRecord<String, String>> gap1and5 = probe.await(
                    gapFor(service).and(r -> r.value().contains("\"SERVICE_GAP_1\"")
                            || r.value().contains("\"SERVICE_GAP_5\"")), 2, Duration.ofSeconds(10));
            assertEquals(2, gap1and5.size());
            gap1and5.forEach(e -> assertEquals(e.value().contains("SERVICE_GAP_1") ? 1 : 5,
                    read(e.value()).get("gapNumber").asInt()));

            // Still open: a worse value, the same promise again, change nothing on the topic.
            measure(service, "incident.mttr.hours", "7", t0.plusSeconds(60));
            given().contentType(ContentType.JSON).header("If-Match", etag).body("""
                    {"levels": [
                      {"dimension": "RELIABILITY", "value": 3.5},
                      {"dimension": "RESPONSIVENESS", "value": 6},
                      {"kpiKey": "incident.mttr.hours", "value": 4, "unit": "hours", "direction": "LOWER_IS_BETTER",
                       "tolerance": 0.5}]}""")
                    .put("/api/v1/services/" + service + "/specifications").then().statusCode(200);
            assertEquals(4, probe.drain(gapsTwoToFour(service), Duration.ofSeconds(3)).size());

            // Within tolerance of the specification (4.2 <= 4 + 0.5): gap 3 closes; the promise of 2 h stays missed.
            measure(service, "incident.mttr.hours", "4.2", t0.plusSeconds(120));
            given().get("/api/v1/services/" + service + "/gap-model").then().statusCode(200)
                    .body("gaps[2].open", equalTo(0), "gaps[3].open", equalTo(2));
            // Out again: gap 3 re-opens and is announced a second time; gap 4 was never closed, so it is not.
            measure(service, "incident.mttr.hours", "6", t0.plusSeconds(180));
            List<ConsumerRecord<String, String>> after = probe.await(gapsTwoToFour(service), 5, Duration.ofSeconds(30));
            assertEquals(5, probe.drain(gapsTwoToFour(service), Duration.ofSeconds(3)).size());
            assertEquals(2, after.stream().filter(r -> r.value().contains("\"SERVICE_GAP_3\"")).count());
        }
        // Open gaps 2-4 are among the service's priorities.
        given().get("/api/v1/services/" + service + "/profile").then().statusCode(200)
                .body("priorities.rule", hasItem("OPEN_GAP_SERVICE_GAP_3"),
                        "priorities.rule", hasItem("OPEN_GAP_SERVICE_GAP_2"));
    }

    @Test
    void levelsAreReplacedUnderIfMatchAndARemovedLevelClosesItsGap() {
        String service = "five-gaps-etag-" + UUID.randomUUID();
        given().get("/api/v1/services/" + service + "/specifications").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/services/" + service + "/promises").then().statusCode(404)
                .contentType("application/problem+json");
        respond(service, """
                {"respondentType": "PROVIDER", "ratings": {"EMPATHY": {"expectation": 6}}}""");
        String body = """
                {"levels": [{"dimension": "EMPATHY", "value": 4}]}""";
        given().contentType(ContentType.JSON).body(body).put("/api/v1/services/" + service + "/specifications")
                .then().statusCode(200);
        String etag = given().get("/api/v1/services/" + service + "/specifications").then().statusCode(200)
                .body("levels[0].dimension", equalTo("EMPATHY"), "levels[0].value", equalTo(4))
                .extract().header("ETag");
        given().get("/api/v1/services/" + service + "/gap-model").then().statusCode(200)
                .body("gaps[1].open", equalTo(1), "gaps[1].lines[0].gap", equalTo(-2));
        given().contentType(ContentType.JSON).body(body).put("/api/v1/services/" + service + "/specifications")
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(body)
                .put("/api/v1/services/" + service + "/specifications")
                .then().statusCode(412).contentType("application/problem+json");
        String next = given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"levels\": []}")
                .put("/api/v1/services/" + service + "/specifications").then().statusCode(200)
                .body("levels.size()", equalTo(0)).extract().header("ETag");
        assertEquals(false, etag.equals(next));
        given().get("/api/v1/services/" + service + "/gap-model").then().statusCode(200)
                .body("gaps[1].lines.size()", equalTo(0));
        given().get("/api/v1/services/" + service + "/profile").then().statusCode(200)
                .body("priorities.size()", equalTo(0));
    }

    @Test
    void badLevelsAreProblemsAndStoreNothing() {
        String service = "five-gaps-bad-" + UUID.randomUUID();
        rejectLevels(service, """
                {"levels": [{"dimension": "RELIABILITY", "kpiKey": "x", "value": 5}]}""")
                .body("errors.field", hasItem("levels[0]"));
        rejectLevels(service, """
                {"levels": [{"value": 5}]}""").body("errors.field", hasItem("levels[0]"));
        rejectLevels(service, """
                {"levels": [{"dimension": "RELIABILITY", "value": 8}]}""")
                .body("errors.field", hasItem("levels[0].value"));
        rejectLevels(service, """
                {"levels": [{"dimension": "RELIABILITY", "value": 5, "tolerance": 1}]}""");
        rejectLevels(service, """
                {"levels": [{"kpiKey": "incident.mttr.hours", "value": 4}]}""")
                .body("errors.field", hasItem("levels[0].direction"));
        rejectLevels(service, """
                {"levels": [{"dimension": "EMPATHY", "value": 5}, {"dimension": "EMPATHY", "value": 6}]}""")
                .body("errors.field", hasItem("levels[1]"));
        rejectLevels(service, """
                {"levels": [{"kpiKey": "k", "value": 4, "direction": "LOWER_IS_BETTER", "tolerance": -1}]}""");
        rejectLevels(service, """
                {"levels": [{"dimension": "FRIENDLINESS", "value": 5}]}""");
        rejectLevels(service, "{}");
        StringBuilder many = new StringBuilder("{\"levels\": [");
        for (int i = 0; i < 51; i++) {
            many.append(i > 0 ? "," : "").append("{\"kpiKey\": \"k").append(i)
                    .append("\", \"value\": 1, \"direction\": \"LOWER_IS_BETTER\"}");
        }
        rejectLevels(service, many.append("]}").toString());
        given().contentType(ContentType.JSON).body("{\"levels\": [{\"dimension\": \"EMPATHY\", \"value\": 8}]}")
                .put("/api/v1/services/" + service + "/promises").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/services/" + service + "/specifications").then().statusCode(404);
        given().get("/api/v1/services/" + service + "/promises").then().statusCode(404);
    }

    /** The documented example of a specification is a request the service accepts. */
    @Test
    void theDocumentedLevelsExampleIsAccepted() {
        Object example = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().get("paths.'/api/v1/services/{service}/specifications'.put.requestBody.content."
                        + "'application/json'.example");
        given().contentType(io.restassured.http.ContentType.JSON).body(example)
                .put("/api/v1/services/openapi-example-" + java.util.UUID.randomUUID() + "/specifications")
                .then().statusCode(200).body("levels.size()", org.hamcrest.Matchers.equalTo(2));
    }

    private static ValidatableResponse rejectLevels(String service, String body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/v1/services/" + service + "/specifications")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static String line(JsonPath model, int gap, String subject) {
        return "gaps[" + (gap - 1) + "].lines.find { it.subject == '" + subject + "' }.";
    }

    private static void assertLine(JsonPath model, int gap, String subject, double reference, double actual,
            double value, double shortfall, boolean open) {
        String at = line(model, gap, subject);
        String what = "gap " + gap + " " + subject;
        assertEquals(reference, model.getDouble(at + "reference"), 1e-9, what);
        assertEquals(actual, model.getDouble(at + "actual"), 1e-9, what);
        assertEquals(value, model.getDouble(at + "gap"), 1e-9, what);
        assertEquals(shortfall, model.getDouble(at + "shortfall"), 1e-9, what);
        assertEquals(open, model.getBoolean(at + "open"), what);
    }

    private static JsonNode only(List<ConsumerRecord<String, String>> events, String kind, String subject) {
        List<JsonNode> found = events.stream().map(e -> read(e.value()))
                .filter(d -> d.get("gapKind").asText().equals(kind)
                        && (subject.equals(d.path("dimension").asText()) || subject.equals(d.path("kpiKey").asText())))
                .toList();
        assertEquals(1, found.size(), kind + " " + subject);
        return found.get(0);
    }

    private static void respond(String service, String body) {
        given().contentType(ContentType.JSON).body(body).post("/api/v1/services/" + service + "/perception-responses")
                .then().statusCode(201);
    }

    private static void measure(String service, String kpiKey, String value, Instant at) {
        given().contentType(ContentType.JSON).body("""
                {"kpiKey": "%s", "service": "%s", "value": %s, "measuredAt": "%s", "sourceSystem": "servicenow",
                 "sourceId": "%s"}""".formatted(kpiKey, service, value, at, UUID.randomUUID()))
                .post("/api/v1/measurements").then().statusCode(201);
    }

    static Predicate<ConsumerRecord<String, String>> gapFor(String service) {
        return r -> "csi.gap.identified".equals(TopicProbe.header(r, "ce_type")) && r.value().contains(service);
    }

    static Predicate<ConsumerRecord<String, String>> gapsTwoToFour(String service) {
        return gapFor(service).and(r -> r.value().contains("\"SERVICE_GAP_2\"")
                || r.value().contains("\"SERVICE_GAP_3\"") || r.value().contains("\"SERVICE_GAP_4\""));
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
