package org.csi.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;

/**
 * Momentum after success across the suite, the four services as processes, through their public APIs only: a target
 * is missed, its SIP is carried through and completed, the KPI reaches the target (achieved at a review), then slides
 * back. Exactly one csi.target.regressed on the broker, one REGRESSION SIP linked to the completed one, and the
 * stakeholders told (default plan: e-mail); more bad values say nothing more. Prints the time from the regressing
 * measurement to the event, to the SIP and to the communication.
 */
@ExtendWith(RunningSuite.class)
class RegressionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final RunningSuite.Suite suite = RunningSuite.get();
    private final CsiApi api = new CsiApi(suite);
    private final String service = CsiApi.uniqueService("email");

    @Test
    void aKpiAchievedAfterItsSipCompletedRegressesOnceAndIsPlannedForAndTold() throws Exception {
        try (TopicProbe probe = TopicProbe.fromNow(suite.stack().bootstrapServers(), CsiTopics.INITIATIVES,
                CsiTopics.SIPS, CsiTopics.COMMUNICATIONS)) {
            String id = api.createInitiative(service, "Keep e-mail restored fast");
            String objective = api.post("initiative-service", "/api/v1/initiatives/" + id + "/objectives", """
                    {"name": "Restore e-mail within 4 hours", "kpiKey": "%s", "service": "%s", "baselineValue": 8,
                     "targetValue": 4, "direction": "LOWER_IS_BETTER", "tolerance": 0.5, "horizon": "SHORT_TERM",
                     "dueDate": "%s", "regressionWatch": {"consecutiveValues": 3}}"""
                    .formatted(CsiApi.MTTR, service, LocalDate.now().plusMonths(3))).getString("id");
            String objectivePath = "/api/v1/initiatives/" + id + "/objectives/" + objective;
            Instant t = Instant.now();

            // missed, and the SIP drafted for it carried through to COMPLETED
            record(6.5, t.plusSeconds(1));
            awaitProjected(6.5f);
            assertEquals(Map.of(objective, "MISSED"), api.reviewNow(id));
            String earlier = (String) await().atMost(WAIT).until(() -> api.sips(id), s -> !s.isEmpty()).get(0).get("id");
            completeSip(earlier);
            await().atMost(WAIT).untilAsserted(() -> given().baseUri(suite.url("initiative-service")).get(objectivePath)
                    .then().statusCode(200).body("sips[0].status", equalTo("COMPLETED"))
                    .body("regressionWatch.state", equalTo("AWAITING_TARGET")));

            // the KPI gets there, and a review finds the objective achieved
            record(3.8, t.plusSeconds(2));
            awaitWatch(objectivePath, "WATCHING", 0);
            assertEquals(Map.of(objective, "ACHIEVED"), api.reviewNow(id));

            // then it slides back: two values outside the tolerance, then the third
            record(5.0, t.plusSeconds(3));
            record(5.1, t.plusSeconds(4));
            awaitWatch(objectivePath, "WATCHING", 2);
            long sent = System.currentTimeMillis();
            record(5.2, t.plusSeconds(5));

            Predicate<ConsumerRecord<String, String>> regressed = r -> id.equals(r.key())
                    && "csi.target.regressed".equals(TopicProbe.header(r, "ce_type"));
            ConsumerRecord<String, String> event = probe.await(regressed, 1, WAIT).get(0);
            Predicate<ConsumerRecord<String, String>> regressionSip = r -> id.equals(r.key())
                    && "csi.sip.drafted".equals(TopicProbe.header(r, "ce_type")) && r.value().contains("\"REGRESSION\"");
            ConsumerRecord<String, String> drafted = probe.await(regressionSip, 1, WAIT).get(0);
            Predicate<ConsumerRecord<String, String>> told = r -> id.equals(r.key())
                    && "csi.communication.sent".equals(TopicProbe.header(r, "ce_type"))
                    && r.value().contains("\"csi.target.regressed\"");
            ConsumerRecord<String, String> communication = probe.await(told, 1, WAIT).get(0);

            JsonNode payload = JSON.readTree(event.value());
            assertEquals(objective, TopicProbe.header(event, "ce_subject"));
            assertEquals("CONSECUTIVE_VALUES", payload.get("judgedBy").asText());
            assertEquals(3, payload.get("valuesOutside").asInt());
            assertEquals(earlier, payload.get("previousSipId").asText());
            JsonNode sipDrafted = JSON.readTree(drafted.value());
            assertEquals(earlier, sipDrafted.get("previousSipId").asText());
            String sip = sipDrafted.get("sipId").asText();
            JsonPath regressionPlan = api.get("sip-service", "/api/v1/sips/" + sip, Map.of());
            assertEquals("REGRESSION", regressionPlan.getString("origin"));
            assertEquals(earlier, regressionPlan.getString("previousSipId"));
            assertEquals(objective, regressionPlan.getString("objectiveId"));
            assertTrue(regressionPlan.getList("actions").size() > 0, "actions from the regression template");
            given().baseUri(suite.url("initiative-service")).get(objectivePath).then()
                    .body("regressionWatch.state", equalTo("REGRESSED"))
                    .body("regressionWatch.regressions", equalTo(1));
            MimeMessage mail = await().atMost(WAIT).until(this::regressedMail, m -> m != null);
            assertTrue(mail.getSubject().contains("Restore e-mail within 4 hours"), mail.getSubject());

            // more values outside: quiet
            record(5.3, t.plusSeconds(6));
            record(5.4, t.plusSeconds(7));
            awaitWatch(objectivePath, "REGRESSED", 5);
            assertEquals(1, probe.drain(regressed, Duration.ofSeconds(5)).size(), "one csi.target.regressed");
            assertEquals(1, probe.drain(regressionSip, Duration.ofSeconds(1)).size(), "one REGRESSION SIP (event)");
            assertEquals(1, api.sips(id).stream().filter(s -> "REGRESSION".equals(s.get("origin"))).count(),
                    "one REGRESSION SIP");
            assertEquals(1, api.communications(id, "csi.target.regressed", "DELIVERED"),
                    "the default plan's one audience told once");
            ContractCheck.assertConforms(probe.seen().stream().filter(r -> id.equals(r.key())).toList());

            System.out.printf("[figures] regression across the suite: from the regressing measurement (POST) to "
                    + "csi.target.regressed on the broker %d ms, to the REGRESSION SIP drafted (csi.sip.drafted) %d ms, "
                    + "to the stakeholders told (csi.communication.sent, e-mail) %d ms%n", event.timestamp() - sent,
                    drafted.timestamp() - sent, communication.timestamp() - sent);
        }
    }

    private void record(double hours, Instant measuredAt) {
        api.recordMttr(service, hours, measuredAt, service + "-" + UUID.randomUUID());
    }

    private void awaitProjected(float value) {
        await().atMost(WAIT).until(() -> Float.valueOf(value).equals(api.projectedMttr(service)));
    }

    private void awaitWatch(String path, String state, int valuesOutside) {
        await().atMost(WAIT).untilAsserted(() -> given().baseUri(suite.url("initiative-service")).get(path).then()
                .statusCode(200).body("regressionWatch.state", equalTo(state))
                .body("regressionWatch.valuesOutside", equalTo(valuesOutside)));
    }

    /** Submitted by the owner, approved by someone else (four-eyes), started, its actions done, completed. */
    private void completeSip(String sipId) {
        String maria = TestTokens.forSubject("maria.keller@example.com", "csi-manager");
        String cio = TestTokens.forSubject("cio@example.com", "csi-manager");
        api.postAs(maria, "sip-service", "/api/v1/sips/" + sipId + "/submit", "{}");
        api.postAs(cio, "sip-service", "/api/v1/sips/" + sipId + "/approve", "{}");
        api.postAs(maria, "sip-service", "/api/v1/sips/" + sipId + "/start", "{}");
        for (Map<?, ?> action : api.get("sip-service", "/api/v1/sips/" + sipId, Map.of()).getList("actions", Map.class)) {
            given().baseUri(suite.url("sip-service")).contentType(ContentType.JSON)
                    .header("If-Match", "\"" + action.get("version") + "\"").body("{\"status\": \"DONE\"}")
                    .patch("/api/v1/sips/" + sipId + "/actions/" + action.get("id")).then().statusCode(200);
        }
        api.postAs(maria, "sip-service", "/api/v1/sips/" + sipId + "/complete", "{\"resultNote\": \"MTTR at 3.8 h\"}");
    }

    private MimeMessage regressedMail() throws Exception {
        for (MimeMessage m : suite.mail().getReceivedMessages()) {
            if (m.getSubject().startsWith("Target regressed")
                    && m.getAllRecipients()[0].toString().startsWith("owner-" + service)) {
                return m;
            }
        }
        return null;
    }
}
