package org.csi.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

/** Maturity assessments, their history and target gaps, the practice inventory, and baselines. */
@QuarkusTest
@CsiStackTest("assessment-service")
@AsAdmin
class MaturityPracticeBaselineTest {

    @InjectCsiStack
    CsiStack stack;

    static String assessment(String process, String service, String date, int vision, int processLevel, int people,
            int technology, int culture, Integer target) {
        return """
                {"process": "%s", "service": "%s", "model": "ITIL_PMF", "assessmentType": "FACILITATED",
                 "assessedOn": "%s",
                 "levels": {"VISION_AND_STEERING": %d, "PROCESS": %d, "PEOPLE": %d, "TECHNOLOGY": %d, "CULTURE": %d},
                 "targetLevel": %s, "evidence": "Interviews and incident records"}"""
                .formatted(process, service, date, vision, processLevel, people, technology, culture, target);
    }

    @Test
    void assessmentsArePublishedKeptAsHistoryAndBelowTargetIsAGapUntilReached() {
        String service = "mat-" + UUID.randomUUID();
        String process = "Incident Management " + UUID.randomUUID();
        LocalDate today = LocalDate.now();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.ASSESSMENTS)) {
            String first = given().contentType(ContentType.JSON)
                    .body(assessment(process, service, today.minusDays(90).toString(), 2, 3, 2, 3, 1, 3))
                    .post("/api/v1/maturity-assessments")
                    .then().statusCode(201).body("overallLevel", equalTo(1), "levels.CULTURE", equalTo(1))
                    .extract().path("id");
            List<ConsumerRecord<String, String>> assessed = probe.await(
                    r -> first.equals(TopicProbe.header(r, "ce_subject")), 1, Duration.ofSeconds(30));
            ContractCheck.assertConforms(assessed);
            assertEquals(service, assessed.get(0).key());
            assertEquals("csi.maturity.assessed", TopicProbe.header(assessed.get(0), "ce_type"));

            List<ConsumerRecord<String, String>> gaps = probe.await(gapOf(service, "MATURITY"), 1, Duration.ofSeconds(30));
            ContractCheck.assertConforms(gaps);
            JsonNode gap = ServiceGapModelTest.read(new ObjectMapper(), gaps.get(0).value());
            assertEquals(process, gap.get("process").asText());
            assertEquals(2, gap.get("gapSize").asInt());

            // Still below target: no second announcement. Then the target is reached: the gap closes.
            given().contentType(ContentType.JSON)
                    .body(assessment(process, service, today.minusDays(30).toString(), 3, 3, 2, 3, 2, 3))
                    .post("/api/v1/maturity-assessments").then().statusCode(201).body("overallLevel", equalTo(2));
            given().contentType(ContentType.JSON)
                    .body(assessment(process, service, today.toString(), 3, 4, 3, 3, 3, 3))
                    .post("/api/v1/maturity-assessments").then().statusCode(201).body("overallLevel", equalTo(3));
            assertEquals(1, probe.drain(gapOf(service, "MATURITY"), Duration.ofSeconds(5)).size());
        }
        // An ITSM tool retrying with the same Idempotency-Key gets the first answer, not a fourth assessment.
        String body = assessment(process, service, today.toString(), 3, 4, 3, 3, 3, 3);
        String retried = given().contentType(ContentType.JSON).header("Idempotency-Key", "mat-" + service).body(body)
                .post("/api/v1/maturity-assessments").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "mat-" + service).body(body)
                .post("/api/v1/maturity-assessments").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(retried));
        given().get("/api/v1/processes/" + process + "/maturity-history")
                .then().statusCode(200)
                .body("assessments.size()", equalTo(4),
                        "assessments[0].assessment.overallLevel", equalTo(1),
                        "assessments[0].overallChange", nullValue(),
                        "assessments[1].overallChange", equalTo(1),
                        "assessments[2].overallChange", equalTo(1),
                        "assessments[3].overallChange", equalTo(0));
        given().get("/api/v1/services/" + service + "/profile").then().statusCode(200)
                .body("service", equalTo(service), "priorities.size()", equalTo(0));
    }

    @Test
    void badAssessmentsAreProblemsAndStoreNothing() {
        String process = "Problem Management " + UUID.randomUUID();
        String valid = assessment(process, "email", LocalDate.now().toString(), 2, 3, 2, 3, 1, 3);
        rejected(valid.replace("\"PROCESS\": 3", "\"PROCESS\": 6")).body("errors.field", hasItem("levels[PROCESS]"));
        rejected(valid.replace("\"CULTURE\": 1", "\"CULTURE\": -1")).body("errors.field", hasItem("levels[CULTURE]"));
        rejected(valid.replace(", \"CULTURE\": 1", "")).body("errors[0].field", equalTo("levels"))
                .body("detail", containsString("CULTURE"));
        rejected(valid.replace("\"CULTURE\"", "\"HAPPINESS\"")).body("errors[0].field", containsString("levels"));
        rejected(valid.replace("ITIL_PMF", "SIX_SIGMA")).body("errors[0].field", equalTo("model"))
                .body("errors[0].message", containsString("CMMI"));
        rejected(valid.replace("FACILITATED", "GUESSED")).body("errors[0].field", equalTo("assessmentType"));
        rejected(valid.replace("\"targetLevel\": 3", "\"targetLevel\": 9")).body("errors.field", hasItem("targetLevel"));
        given().get("/api/v1/maturity-assessments?process=" + process).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void practicesAndMeasurementsMakeABaseline() {
        String service = "base-" + UUID.randomUUID();
        String process = "Change Management " + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(assessment(process, service, LocalDate.now().minusDays(1).toString(), 3, 3, 3, 3, 3, null))
                .post("/api/v1/maturity-assessments").then().statusCode(201);
        String practice = given().contentType(ContentType.JSON).body("""
                {"process": "%s", "service": "%s", "name": "CAB by e-mail", "formality": "INFORMAL",
                 "documented": false, "owner": "change.manager@example.com", "tools": ["Outlook"]}"""
                .formatted(process, service))
                .post("/api/v1/practices").then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
        given().contentType(ContentType.JSON).body("""
                {"process": "%s", "name": "Emergency changes", "formality": "AD_HOC", "documented": false}"""
                .formatted(process)).post("/api/v1/practices").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"process": "%s", "name": "x", "formality": "SOMETIMES", "documented": false}""".formatted(process))
                .post("/api/v1/practices").then().statusCode(400).body("errors[0].field", equalTo("formality"));
        given().contentType(ContentType.JSON).body("""
                {"process": "%s", "service": "%s", "name": "CAB", "formality": "FORMAL", "documented": true}"""
                .formatted(process, service))
                .put("/api/v1/practices/" + practice).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"process": "%s", "service": "%s", "name": "CAB", "formality": "FORMAL", "documented": true}"""
                .formatted(process, service))
                .put("/api/v1/practices/" + practice).then().statusCode(200).header("ETag", "\"1\"")
                .body("formality", equalTo("FORMAL"));

        Instant at = Instant.now().minusSeconds(7200);
        for (String value : new String[] { "12", "9.5" }) {
            given().contentType(ContentType.JSON).body("""
                    {"kpiKey": "change.failure.rate", "service": "%s", "value": %s, "unit": "percent",
                     "measuredAt": "%s", "sourceSystem": "manual"}""".formatted(service, value, at))
                    .post("/api/v1/measurements").then().statusCode(201);
            at = at.plusSeconds(60);
        }

        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.ASSESSMENTS)) {
            String id = given().contentType(ContentType.JSON)
                    .body("{\"name\": \"Before cycle 1\", \"service\": \"" + service + "\"}")
                    .post("/api/v1/baselines")
                    .then().statusCode(201)
                    .body("kpis.size()", equalTo(1), "kpis[0].kpiKey", equalTo("change.failure.rate"),
                            "kpis[0].value", equalTo(9.5f), "kpis[0].source", equalTo("MEASURED"),
                            "maturity.size()", equalTo(1), "maturity[0].overallLevel", equalTo(3),
                            "practices.size()", equalTo(2))
                    .extract().path("id");
            List<ConsumerRecord<String, String>> events = probe.await(
                    r -> id.equals(TopicProbe.header(r, "ce_subject")), 1, Duration.ofSeconds(30));
            ContractCheck.assertConforms(events);
            assertEquals("csi.baseline.recorded", TopicProbe.header(events.get(0), "ce_type"));
            assertEquals(service, events.get(0).key());
            given().get("/api/v1/baselines/" + id).then().statusCode(200).body("name", equalTo("Before cycle 1"));
        }
        given().contentType(ContentType.JSON).body("{\"service\": \"" + service + "\"}").post("/api/v1/baselines")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        given().get("/api/v1/baselines?service=" + service).then().statusCode(200).body("totalItems", equalTo(1));
        given().get("/api/v1/services/" + service + "/profile").then().statusCode(200)
                .body("weaknesses.rule", hasItem("PRACTICE_AD_HOC"));
    }

    private static io.restassured.response.ValidatableResponse rejected(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/maturity-assessments")
                .then().statusCode(400).contentType("application/problem+json");
    }

    static java.util.function.Predicate<ConsumerRecord<String, String>> gapOf(String service, String kind) {
        return r -> "csi.gap.identified".equals(TopicProbe.header(r, "ce_type")) && r.value().contains(service)
                && r.value().contains("\"gapKind\":\"" + kind + "\"");
    }
}
