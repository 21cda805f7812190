package org.csi.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiContract;
import org.csi.events.CsiEventType;
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
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Gap analysis after csi.objective.set (published as initiative-service would) and measurements: the gap, its trend, and
 * csi.gap.identified once per open gap, again after it closed and reopened.
 */
@QuarkusTest
@CsiStackTest("assessment-service")
@AsAdmin
class GapAnalysisTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @InjectCsiStack
    CsiStack stack;

    @Test
    void objectiveAndMeasurementsGiveAGapThatIsAnnouncedOncePerOpening() throws Exception {
        String service = "gap-" + UUID.randomUUID();
        UUID initiativeId = UUID.randomUUID();
        UUID objectiveId = UUID.randomUUID();

        ObjectNode initiative = (ObjectNode) MAPPER.readTree(CsiContract.example(CsiEventType.INITIATIVE_CREATED));
        initiative.put("initiativeId", initiativeId.toString());
        initiative.putArray("focusAreas").add("SERVICE_QUALITY");
        initiative.putArray("services").add(service);
        initiative.putArray("processes").add("Incident Management");
        publish(CsiEventType.INITIATIVE_CREATED, initiativeId, initiativeId, initiative);

        // Target: MTTR at most 4 hours, tolerance 0.5, from a baseline of 8.
        ObjectNode objective = (ObjectNode) MAPPER.readTree(CsiContract.example(CsiEventType.OBJECTIVE_SET));
        objective.put("initiativeId", initiativeId.toString());
        objective.put("objectiveId", objectiveId.toString());
        objective.put("service", service);
        objective.put("kpiKey", "incident.mttr.hours");
        objective.put("baselineValue", 8);
        objective.put("targetValue", 4);
        objective.put("tolerance", 0.5);
        objective.put("direction", "LOWER_IS_BETTER");
        objective.put("dueDate", java.time.LocalDate.now().plusDays(30).toString());

        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.ASSESSMENTS)) {
            String eventId = UUID.randomUUID().toString();
            publish(eventId, CsiEventType.OBJECTIVE_SET, initiativeId, objectiveId, objective);
            publish(eventId, CsiEventType.OBJECTIVE_SET, initiativeId, objectiveId, objective); // redelivery

            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given()
                    .get("/api/v1/gap-analysis?initiativeId=" + initiativeId).then().statusCode(200)
                    .body("kpis.size()", equalTo(1), "kpis[0].status", equalTo("NO_DATA"),
                            "focusAreas", hasItem("SERVICE_QUALITY")));

            Instant at = Instant.now().minusSeconds(3600);
            measure(service, "7", at, "m1");
            measure(service, "6.5", at.plusSeconds(60), "m2");

            given().get("/api/v1/gap-analysis?initiativeId=" + initiativeId).then().statusCode(200)
                    .body("kpis[0].objectiveId", equalTo(objectiveId.toString()),
                            "kpis[0].currentValue", equalTo(6.5f), "kpis[0].previousValue", equalTo(7),
                            "kpis[0].targetValue", equalTo(4), "kpis[0].gapSize", equalTo(2.5f),
                            "kpis[0].status", equalTo("GAP"), "kpis[0].trend", equalTo("IMPROVING"),
                            "maturity[0].process", equalTo("Incident Management"));

            List<ConsumerRecord<String, String>> gaps = probe.await(MaturityPracticeBaselineTest.gapOf(service, "KPI"), 1,
                    Duration.ofSeconds(30));
            assertEquals(1, gaps.size());
            ContractCheck.assertConforms(gaps);
            assertEquals(initiativeId.toString(), gaps.get(0).key());
            JsonNode gap = MAPPER.readTree(gaps.get(0).value());
            assertEquals(objectiveId.toString(), gap.get("objectiveId").asText());
            assertEquals(initiativeId.toString(), gap.get("initiativeId").asText());
            assertEquals("incident.mttr.hours", gap.get("kpiKey").asText());
            assertEquals(7.0, gap.get("currentValue").asDouble(), 1e-9); // the first measurement opened the gap
            assertEquals(3.0, gap.get("gapSize").asDouble(), 1e-9);
            assertEquals("LOWER_IS_BETTER", gap.get("direction").asText());
            assertEquals("SERVICE_QUALITY", gap.get("focusArea").asText());

            given().get("/api/v1/services/" + service + "/profile").then().statusCode(200)
                    .body("priorities[0].rule", equalTo("OPEN_GAP_KPI"), "risks.rule", hasItem("TARGET_DUE_WITH_GAP"));

            // Within tolerance closes the gap; worse again reopens it and announces it a second time.
            measure(service, "4.4", at.plusSeconds(120), "m3");
            given().get("/api/v1/gap-analysis?initiativeId=" + initiativeId).then()
                    .body("kpis[0].status", equalTo("WITHIN_TOLERANCE"));
            measure(service, "5", at.plusSeconds(180), "m4");
            given().get("/api/v1/gap-analysis?initiativeId=" + initiativeId).then()
                    .body("kpis[0].status", equalTo("GAP"), "kpis[0].trend", equalTo("WORSENING"));
            assertEquals(2, probe.await(MaturityPracticeBaselineTest.gapOf(service, "KPI"), 2, Duration.ofSeconds(30))
                    .size());
            assertEquals(2, probe.drain(MaturityPracticeBaselineTest.gapOf(service, "KPI"), Duration.ofSeconds(3)).size());
        }
        given().get("/api/v1/gap-analysis?initiativeId=" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/gap-analysis").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anObjectiveBreakingTheContractIsDeadLetteredWithItsReason() throws Exception {
        ObjectNode objective = (ObjectNode) MAPPER.readTree(CsiContract.example(CsiEventType.OBJECTIVE_SET));
        UUID objectiveId = UUID.randomUUID();
        objective.put("objectiveId", objectiveId.toString());
        objective.put("direction", "SIDEWAYS");
        try (TopicProbe dlq = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.deadLetter("assessment-service"))) {
            publish(CsiEventType.OBJECTIVE_SET, UUID.randomUUID(), objectiveId, objective);
            List<ConsumerRecord<String, String>> parked = dlq.await(
                    r -> r.value() != null && r.value().contains(objectiveId.toString()), 1, Duration.ofSeconds(120));
            assertEquals(1, parked.size());
            org.junit.jupiter.api.Assertions.assertNotNull(TopicProbe.header(parked.get(0), "dead-letter-reason"));
        }
    }

    private void measure(String service, String value, Instant at, String sourceId) {
        given().contentType(ContentType.JSON).body("""
                {"kpiKey": "incident.mttr.hours", "service": "%s", "value": %s, "unit": "hours",
                 "measuredAt": "%s", "sourceSystem": "servicenow", "sourceId": "%s-%s"}"""
                .formatted(service, value, at, service, sourceId))
                .post("/api/v1/measurements").then().statusCode(201);
    }

    private void publish(CsiEventType type, UUID key, UUID subject, JsonNode data) {
        publish(UUID.randomUUID().toString(), type, key, subject, data);
    }

    private void publish(String eventId, CsiEventType type, UUID key, UUID subject, JsonNode data) {
        TopicProbe.publish(stack.bootstrapServers(), type.topic(), key.toString(), eventId, type.type(),
                "/csi/initiative-service", subject.toString(), type.dataSchema(), data.toString());
    }
}
