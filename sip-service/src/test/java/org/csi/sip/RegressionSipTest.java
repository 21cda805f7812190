package org.csi.sip;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * csi.target.regressed on the real broker: a SIP of origin REGRESSION, linked to the objective's earlier (completed)
 * SIP, with the regression template's actions; once per regression under redelivery and re-publication; a later
 * regression while that SIP is open becomes an occurrence of it.
 */
@QuarkusTest
@CsiStackTest("sip-service")
@AsAdmin
class RegressionSipTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EVENTS = Duration.ofSeconds(60);

    @InjectCsiStack
    CsiStack stack;

    @Test
    void aRegressionDraftsOneRegressionSipLinkedToTheEarlierOne() throws Exception {
        UUID initiative = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            Predicate<ConsumerRecord<String, String>> drafted = r -> initiative.toString().equals(r.key())
                    && "csi.sip.drafted".equals(TopicProbe.header(r, "ce_type"));
            // the earlier SIP: drafted from a miss, carried out and completed
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, initiative.toString(),
                    UUID.randomUUID().toString(), objective.toString(),
                    Triggers.targetMissed(initiative, objective, UUID.randomUUID(), "6.5"));
            String earlier = JSON.readTree(probe.await(drafted, 1, EVENTS).get(0).value()).get("sipId").asText();
            complete(earlier);

            // the KPI slid back: a REGRESSION SIP (the event names no earlier SIP: sip-service finds it)
            String ceId = UUID.randomUUID().toString();
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_REGRESSED, initiative.toString(), ceId,
                    objective.toString(), regressed(initiative, objective, 1, null));
            List<ConsumerRecord<String, String>> both = probe.await(drafted, 2, EVENTS);
            ContractCheck.assertConforms(both);
            JsonNode event = JSON.readTree(both.get(1).value());
            assertEquals("REGRESSION", event.get("origin").asText());
            assertEquals(ceId, event.get("originEventId").asText());
            assertEquals(earlier, event.get("previousSipId").asText());
            assertEquals(objective.toString(), event.get("objectiveId").asText());
            String sip = event.get("sipId").asText();
            given().get("/api/v1/sips/" + sip).then().statusCode(200)
                    .body("origin", equalTo("REGRESSION"), "previousSipId", equalTo(earlier),
                            "status", equalTo("DRAFT"), "gapKind", equalTo("KPI"), "owner", equalTo("Maria Keller"),
                            "title", containsString("target regressed"),
                            "description", containsString("Follows SIP " + earlier),
                            "actualValue", equalTo(5.2f), "gapSize", equalTo(1.2f),
                            "occurrences", hasSize(1), "occurrences[0].kind", equalTo("REGRESSION"),
                            "occurrences[0].regression", equalTo(1))
                    .body("actions.description", hasItem(containsString("earlier plan (SIP " + earlier + ")")))
                    .body("expectedBenefit", containsString("holds there"));
            given().queryParam("origin", "REGRESSION").get("/api/v1/sips").then().statusCode(200);

            // redelivered, and re-published under a new ce_id: nothing more
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_REGRESSED, initiative.toString(), ceId,
                    objective.toString(), regressed(initiative, objective, 1, null));
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_REGRESSED, initiative.toString(),
                    UUID.randomUUID().toString(), objective.toString(), regressed(initiative, objective, 1, null));
            // the next regression while this SIP is open: an occurrence of it
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_REGRESSED, initiative.toString(),
                    UUID.randomUUID().toString(), objective.toString(),
                    regressed(initiative, objective, 2, UUID.fromString(earlier)));
            await().atMost(EVENTS).untilAsserted(() -> given().get("/api/v1/sips/" + sip).then()
                    .body("occurrences", hasSize(2)).body("occurrences[1].regression", equalTo(2)));
            assertEquals(2, probe.drain(drafted, Duration.ofSeconds(3)).size(), "one REGRESSION SIP");
        }
    }

    @Test
    void afterSuccessASingleKpiGapDraftsNoSipTheRegressionWatchJudgesTheSlide() throws Exception {
        UUID initiative = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_ACHIEVED, initiative.toString(),
                    UUID.randomUUID().toString(), objective.toString(),
                    Triggers.targetMissed(initiative, objective, UUID.randomUUID(), "3.8"));
            await().atMost(EVENTS).until(() -> Boolean.TRUE.equals(io.quarkus.narayana.jta.QuarkusTransaction
                    .requiringNew().call(() -> org.csi.sip.domain.Sip.getEntityManager()
                            .createNativeQuery("SELECT 1 FROM achieved_objective WHERE objective_id = ?1")
                            .setParameter(1, objective).getResultList().size() == 1)));
            Triggers.publish(stack.bootstrapServers(), CsiEventType.GAP_IDENTIFIED, initiative.toString(),
                    UUID.randomUUID().toString(), UUID.randomUUID().toString(), kpiGap(initiative, objective));
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_REGRESSED, initiative.toString(),
                    UUID.randomUUID().toString(), objective.toString(), regressed(initiative, objective, 1, null));
            Predicate<ConsumerRecord<String, String>> drafted = r -> initiative.toString().equals(r.key())
                    && "csi.sip.drafted".equals(TopicProbe.header(r, "ce_type"));
            probe.await(drafted, 1, EVENTS);
            List<ConsumerRecord<String, String>> all = probe.drain(drafted, Duration.ofSeconds(5));
            assertEquals(1, all.size(), "the KPI gap drafted nothing");
            assertEquals("REGRESSION", JSON.readTree(all.get(0).value()).get("origin").asText());
            assertEquals(null, JSON.readTree(all.get(0).value()).get("previousSipId").textValue());
        }
    }

    /** csi.gap.identified of a KPI of the objective, as assessment-service publishes it. */
    private static String kpiGap(UUID initiative, UUID objective) {
        return """
                {"gapId": "%s", "gapKind": "KPI", "initiativeId": "%s", "objectiveId": "%s", "service": "email",
                 "process": null, "kpiKey": "incident.mttr.hours", "dimension": null, "currentValue": 5,
                 "targetValue": 4, "gapSize": 1, "direction": "LOWER_IS_BETTER", "focusArea": "SERVICE_QUALITY",
                 "identifiedAt": "2025-08-04T08:00:05Z"}""".formatted(UUID.randomUUID(), initiative, objective);
    }

    /** Through the API: submitted, approved by another manager, started, its actions done, completed. */
    private static void complete(String sip) {
        SipLifecycleTest.transition(sip, "submit", "{}", null, 200);
        SipLifecycleTest.transition(sip, "approve", "{}", TestTokens.forSubject("cio@example.com", "csi-manager"), 200);
        SipLifecycleTest.transition(sip, "start", "{}", null, 200);
        List<String> actions = given().get("/api/v1/sips/" + sip).then().extract().jsonPath().getList("actions.id");
        for (String action : actions) {
            Object version = given().get("/api/v1/sips/" + sip).then().extract().jsonPath()
                    .get("actions.find { it.id == '" + action + "' }.version");
            given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                    .body("{\"status\": \"DONE\", \"note\": \"done\"}")
                    .patch("/api/v1/sips/" + sip + "/actions/" + action).then().statusCode(200);
        }
        SipLifecycleTest.transition(sip, "complete", "{\"resultNote\": \"MTTR at 3.8 h\"}", null, 200);
    }

    /** csi.target.regressed as initiative-service publishes it. */
    static String regressed(UUID initiative, UUID objective, int regression, UUID previousSip) {
        return """
                {"initiativeId": "%s", "initiativeTitle": "Stabilise Service Operation for E-Mail", "cycle": 1,
                 "focusAreas": ["SERVICE_QUALITY"], "owner": "Maria Keller", "objectiveId": "%s",
                 "objectiveName": "Restore e-mail incidents within 4 hours", "kpiKey": "incident.mttr.hours",
                 "service": "email", "unit": "hours", "baselineValue": 8, "targetValue": 4,
                 "direction": "LOWER_IS_BETTER", "tolerance": 0.5, "watchedSince": "2025-06-30T14:00:00Z",
                 "watchStartedBy": "ACHIEVED", "previousSipId": %s, "regression": %d,
                 "judgedBy": "CONSECUTIVE_VALUES", "valuesOutside": 3, "consecutiveValues": 3, "window": null,
                 "outsideSince": "2025-08-04T08:00:00Z", "actualValue": 5.2,
                 "measuredAt": "2025-08-%02dT08:00:00Z", "measurementId": "%s",
                 "regressedAt": "2025-08-18T08:00:03Z"}""".formatted(initiative, objective,
                previousSip == null ? "null" : "\"" + previousSip + "\"", regression, 17 + regression,
                UUID.randomUUID());
    }
}
