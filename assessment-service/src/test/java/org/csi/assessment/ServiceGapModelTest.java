package org.csi.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * SERVQUAL gaps against a hand-computed example (threshold 1.0):
 *
 * <pre>
 *                 customer 1 (E/P)  customer 2 (E/P)  mean E  mean P  gap5   weight  provider E  gap1
 * TANGIBLES       5/5               4/5               4.5     5       +0.5   0.1     4           -0.5
 * RELIABILITY     7/4               6/3               6.5     3.5     -3     0.4     5           -1.5
 * RESPONSIVENESS  6/5               6/6               6       5.5     -0.5   0.2     6            0
 * ASSURANCE       6/6               6/5               6       5.5     -0.5   0.2     6            0
 * EMPATHY         5/6               5/5               5       5.5     +0.5   0.1     5            0
 * importance points of both customers: 10/40/20/20/10
 * unweighted gap5 = (0.5 - 3 - 0.5 - 0.5 + 0.5) / 5 = -0.6
 * weighted gap5   = 0.1*0.5 + 0.4*-3 + 0.2*-0.5 + 0.2*-0.5 + 0.1*0.5 = -1.3
 * </pre>
 * Only RELIABILITY is beyond the threshold: one SERVICE_GAP_5 and one SERVICE_GAP_1 event.
 */
@QuarkusTest
@CsiStackTest("assessment-service")
@AsAdmin
class ServiceGapModelTest {

    static final String IMPORTANCE = """
            "importance": {"TANGIBLES": 10, "RELIABILITY": 40, "RESPONSIVENESS": 20, "ASSURANCE": 20, "EMPATHY": 10}""";

    @InjectCsiStack
    CsiStack stack;

    @Test
    void gapsMatchTheHandComputedExampleAndAreAnnouncedOnce() throws Exception {
        String service = "servqual-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.ASSESSMENTS)) {
            post(service, customer(new int[][] { { 5, 5 }, { 7, 4 }, { 6, 5 }, { 6, 6 }, { 5, 6 } }));
            post(service, customer(new int[][] { { 4, 5 }, { 6, 3 }, { 6, 6 }, { 6, 5 }, { 5, 5 } }));
            post(service, """
                    {"respondentType": "PROVIDER", "respondent": "service-owner", "ratings": {
                      "TANGIBLES": {"expectation": 4, "specification": 4},
                      "RELIABILITY": {"expectation": 5, "specification": 5},
                      "RESPONSIVENESS": {"expectation": 6, "specification": 5},
                      "ASSURANCE": {"expectation": 6, "specification": 6},
                      "EMPATHY": {"expectation": 5, "specification": 5}}}""");

            JsonPath gaps = given().get("/api/v1/services/" + service + "/service-gaps")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(2, gaps.getInt("customerRespondents"));
            assertEquals(1, gaps.getInt("providerRespondents"));
            assertEquals(-0.6, gaps.getDouble("unweightedGap5"), 1e-9);
            assertEquals(-1.3, gaps.getDouble("weightedGap5"), 1e-9);
            assertDimension(gaps, "TANGIBLES", 4.5, 5, 0.5, 0.1, 4, -0.5);
            assertDimension(gaps, "RELIABILITY", 6.5, 3.5, -3, 0.4, 5, -1.5);
            assertDimension(gaps, "RESPONSIVENESS", 6, 5.5, -0.5, 0.2, 6, 0);
            assertDimension(gaps, "ASSURANCE", 6, 5.5, -0.5, 0.2, 6, 0);
            assertDimension(gaps, "EMPATHY", 5, 5.5, 0.5, 0.1, 5, 0);
            assertEquals(true, gaps.getBoolean("dimensions.find { it.dimension == 'RELIABILITY' }.gap5BeyondThreshold"));
            assertEquals(false, gaps.getBoolean("dimensions.find { it.dimension == 'TANGIBLES' }.gap5BeyondThreshold"));

            List<ConsumerRecord<String, String>> events = probe.await(gapFor(service), 2, Duration.ofSeconds(30));
            assertEquals(2, events.size());
            ContractCheck.assertConforms(events);
            ObjectMapper mapper = new ObjectMapper();
            JsonNode gap5 = events.stream().map(e -> read(mapper, e.value()))
                    .filter(d -> d.get("gapKind").asText().equals("SERVICE_GAP_5")).findFirst().orElseThrow();
            // Announced when it opened, with the first customer's answers: perceived 4, expected 7.
            assertEquals("RELIABILITY", gap5.get("dimension").asText());
            assertEquals(4.0, gap5.get("currentValue").asDouble(), 1e-9);
            assertEquals(7.0, gap5.get("targetValue").asDouble(), 1e-9);
            assertEquals(3.0, gap5.get("gapSize").asDouble(), 1e-9);
            assertEquals("CUSTOMER_SATISFACTION", gap5.get("focusArea").asText());
            JsonNode gap1 = events.stream().map(e -> read(mapper, e.value()))
                    .filter(d -> d.get("gapKind").asText().equals("SERVICE_GAP_1")).findFirst().orElseThrow();
            assertEquals("RELIABILITY", gap1.get("dimension").asText());
            assertEquals(1.5, gap1.get("gapSize").asDouble(), 1e-9);
            assertEquals(service, events.get(0).key());

            // A third customer who is just as unhappy keeps the gaps open: no second announcement.
            post(service, customer(new int[][] { { 5, 5 }, { 7, 3 }, { 6, 6 }, { 6, 6 }, { 5, 5 } }));
            assertEquals(2, probe.drain(gapFor(service), Duration.ofSeconds(5)).size());
        }
        // The open gaps carry the current numbers and lead the service's priorities.
        given().get("/api/v1/services/" + service + "/profile").then().statusCode(200)
                .body("priorities.size()", equalTo(2), "priorities.subject", hasItem("RELIABILITY"),
                        "weaknesses.rule", hasItem("SERVQUAL_GAP5_BEYOND_THRESHOLD"),
                        "strengths.rule", hasItem("SERVQUAL_MEETS_EXPECTATION"));
    }

    @Test
    void badRatingsAreProblemsAndStoreNothing() {
        String service = "servqual-bad-" + UUID.randomUUID();
        reject(service, customer(new int[][] { { 5, 8 }, { 7, 4 }, { 6, 5 }, { 6, 6 }, { 5, 6 } }))
                .body("errors.field", hasItem("ratings[TANGIBLES].perception"));
        reject(service, customer(new int[][] { { 0, 5 }, { 7, 4 }, { 6, 5 }, { 6, 6 }, { 5, 6 } }))
                .body("errors.field", hasItem("ratings[TANGIBLES].expectation"));
        reject(service, """
                {"respondentType": "CUSTOMER", "ratings": {"FRIENDLINESS": {"expectation": 5, "perception": 5}}}""");
        reject(service, """
                {"respondentType": "AUDITOR", "ratings": {"TANGIBLES": {"expectation": 5, "perception": 5}}}""")
                .body("errors[0].field", equalTo("respondentType"));
        reject(service, """
                {"respondentType": "CUSTOMER", "ratings": {"TANGIBLES": {"expectation": 5}}}""")
                .body("errors[0].field", equalTo("ratings.TANGIBLES.perception"));
        given().get("/api/v1/services/" + service + "/perception-responses").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    private static void assertDimension(JsonPath gaps, String dimension, double expectation, double perception,
            double gap5, double weight, double providerExpectation, double gap1) {
        String at = "dimensions.find { it.dimension == '" + dimension + "' }.";
        assertEquals(expectation, gaps.getDouble(at + "meanExpectation"), 1e-9, dimension);
        assertEquals(perception, gaps.getDouble(at + "meanPerception"), 1e-9, dimension);
        assertEquals(gap5, gaps.getDouble(at + "gap5"), 1e-9, dimension);
        assertEquals(weight, gaps.getDouble(at + "importanceWeight"), 1e-9, dimension);
        assertEquals(providerExpectation, gaps.getDouble(at + "meanProviderExpectation"), 1e-9, dimension);
        assertEquals(gap1, gaps.getDouble(at + "gap1"), 1e-9, dimension);
        assertEquals(2, gaps.getInt(at + "customerRespondents"), dimension);
    }

    /** Ratings {expectation, perception} in the order TANGIBLES, RELIABILITY, RESPONSIVENESS, ASSURANCE, EMPATHY. */
    static String customer(int[][] ratings) {
        String[] names = { "TANGIBLES", "RELIABILITY", "RESPONSIVENESS", "ASSURANCE", "EMPATHY" };
        StringBuilder json = new StringBuilder("{\"respondentType\": \"CUSTOMER\", \"ratings\": {");
        for (int i = 0; i < names.length; i++) {
            json.append(i > 0 ? ", " : "").append('"').append(names[i]).append("\": {\"expectation\": ")
                    .append(ratings[i][0]).append(", \"perception\": ").append(ratings[i][1]).append('}');
        }
        return json.append("}, ").append(IMPORTANCE).append('}').toString();
    }

    private static void post(String service, String body) {
        given().contentType(ContentType.JSON).body(body).post("/api/v1/services/" + service + "/perception-responses")
                .then().statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse reject(String service, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/services/" + service + "/perception-responses")
                .then().statusCode(400).contentType("application/problem+json");
    }

    static Predicate<ConsumerRecord<String, String>> gapFor(String service) {
        return r -> "csi.gap.identified".equals(TopicProbe.header(r, "ce_type")) && r.value().contains(service);
    }

    static JsonNode read(ObjectMapper mapper, String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
