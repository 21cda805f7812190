package org.csi.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;

/**
 * One turn of the CSI model across the four services as separate processes, through their public APIs only: vision,
 * baseline, targets, measurements, a checkpoint with one target achieved and one missed, the SIP drafted for the
 * missed one, the stakeholders told by e-mail, signed webhook and feed, the SIP carried through, and cycle 2 with the
 * missed objective carried over. Every step is asserted, and so is the order of the events on the broker.
 */
@ExtendWith(RunningSuite.class)
class FullCycleIT {

    private final RunningSuite.Suite suite = RunningSuite.get();
    private final CsiApi api = new CsiApi(suite);
    private final String service = "email-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void oneTurnOfTheCsiModelAcrossTheSuite() throws Exception {
        try (TopicProbe probe = TopicProbe.fromNow(suite.stack().bootstrapServers(), CsiTopics.INITIATIVES,
                CsiTopics.ASSESSMENTS, CsiTopics.SIPS, CsiTopics.COMMUNICATIONS);
                WebhookReceiver hooks = new WebhookReceiver()) {

            // What is the vision? An initiative, its communication plan, and an integration team's subscription.
            String id = api.post("initiative-service", "/api/v1/initiatives", """
                    {"title": "Stabilise Service Operation for E-Mail", "vision": "E-mail restored within 4 hours",
                     "focusAreas": ["SERVICE_QUALITY"], "approach": "Formalise incident management",
                     "services": ["%s"], "processes": ["Incident Management"], "owner": "maria.keller@example.com",
                     "reviewCadence": "P30D"}""".formatted(service)).getString("id");
            given().baseUri(url("notification-service")).contentType(ContentType.JSON).body("""
                    {"audiences": [
                      {"name": "process-owners", "kind": "PROCESS_OWNERS", "channel": "EMAIL",
                       "addresses": ["owners-%1$s@example.com"], "eventTypes": ["csi.target.missed", "csi.sip.drafted"]},
                      {"name": "desk-%1$s", "kind": "SERVICE_DESK", "channel": "FEED", "eventTypes": ["csi.target.missed"]}]}"""
                    .formatted(service))
                    .put("/api/v1/initiatives/" + id + "/communication-plan").then().statusCode(201);
            String secret = api.post("notification-service", "/api/v1/subscriptions", """
                    {"url": "%s", "eventTypes": ["csi.target.missed"], "description": "integration team"}"""
                    .formatted(hooks.url())).getString("secret");

            // Where are we now? A maturity assessment.
            JsonPath maturity = api.post("assessment-service", "/api/v1/maturity-assessments", """
                    {"process": "Incident Management", "service": "%s", "model": "ITIL_PMF", "assessmentType": "SELF",
                     "assessedOn": "%s", "targetLevel": 3,
                     "levels": {"VISION_AND_STEERING": 2, "PROCESS": 2, "PEOPLE": 3, "TECHNOLOGY": 3, "CULTURE": 2}}"""
                    .formatted(service, LocalDate.now()));
            assertEquals(2, maturity.getInt("overallLevel"));

            // Where do we want to be? Two objectives.
            String mttr = api.post("initiative-service", "/api/v1/initiatives/" + id + "/objectives", objective(
                    "Restore e-mail within 4 hours", "incident.mttr.hours", 8, 4, "LOWER_IS_BETTER", 0.5)).getString("id");
            String fcr = api.post("initiative-service", "/api/v1/initiatives/" + id + "/objectives", objective(
                    "Resolve calls at first contact", "servicedesk.fcr.percent", 60, 70, "HIGHER_IS_BETTER", 2))
                    .getString("id");

            // Measurements in bulk from an ITSM tool, then a baseline taken from them.
            String at = Instant.now().toString();
            JsonPath bulk = api.post("assessment-service", "/api/v1/measurements/bulk", """
                    {"measurements": [
                      {"kpiKey": "incident.mttr.hours", "service": "%1$s", "value": 6.5, "measuredAt": "%2$s",
                       "sourceSystem": "itsm", "sourceId": "%1$s-1"},
                      {"kpiKey": "servicedesk.fcr.percent", "service": "%1$s", "value": 72, "measuredAt": "%2$s",
                       "sourceSystem": "itsm", "sourceId": "%1$s-2"}]}""".formatted(service, at));
            assertEquals(2, bulk.getInt("stored"));
            api.post("assessment-service", "/api/v1/baselines", """
                    {"name": "Before", "service": "%s", "asOf": "%s"}""".formatted(service, LocalDate.now()));
            await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(url("initiative-service"))
                    .queryParam("service", service).get("/api/v1/latest-measurements").then().extract().jsonPath()
                    .getList("kpiKey").size() == 2);

            // Did we get there? One target achieved, one missed. (Due in an hour, so the scheduler leaves it to us.)
            String checkpoint = api.post("initiative-service", "/api/v1/initiatives/" + id + "/checkpoints",
                    "{\"dueAt\": \"" + Instant.now().plusSeconds(3600) + "\"}").getString("id");
            JsonPath review = given().baseUri(url("initiative-service")).contentType(ContentType.JSON)
                    .body("{\"wentWell\": \"FCR above target\", \"wentWrong\": \"Nights are slow\"}")
                    .post("/api/v1/initiatives/" + id + "/checkpoints/" + checkpoint + "/review")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, String> statuses = review.getList("results", Map.class).stream()
                    .collect(Collectors.toMap(r -> (String) r.get("objectiveId"), r -> (String) r.get("status")));
            assertEquals(Map.of(mttr, "MISSED", fcr, "ACHIEVED"), statuses);

            // How do we get there? One SIP for the missed target, filled with what is known (the maturity gap of
            // Incident Management, level 2 against a target of 3, gets a SIP of its own).
            List<Map<String, Object>> plans = await().atMost(Duration.ofSeconds(60)).until(() -> sipsFor(id, mttr),
                    found -> !found.isEmpty());
            assertEquals(1, plans.size(), "one SIP for the missed objective");
            assertEquals(List.of(), sipsFor(id, fcr), "no SIP for the achieved objective");
            String sipId = (String) plans.get(0).get("id");
            JsonPath sip = given().baseUri(url("sip-service")).get("/api/v1/sips/" + sipId).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(mttr, sip.getString("objectiveId"));
            assertEquals("incident.mttr.hours", sip.getString("kpiKey"));
            assertEquals("maria.keller@example.com", sip.getString("owner"));
            assertTrue(sip.getList("actions").size() > 0, "proposed actions from the templates");

            // Communication: e-mail, signed webhook and feed, each with the three sections.
            MimeMessage mail = await().atMost(Duration.ofSeconds(60)).until(() -> missedMailTo("owners-" + service),
                    m -> m != null);
            String text = GreenMailUtil.getBody(mail);
            assertTrue(text.contains("Service implications") && text.contains("Impact on personnel")
                    && text.contains("Approach"), "the e-mail has the three sections:\n" + text);
            WebhookReceiver.Delivery hook = await().atMost(Duration.ofSeconds(60)).until(() -> hooks.received().stream()
                    .filter(d -> d.body().contains("\"csi.target.missed\"")).findFirst().orElse(null), d -> d != null);
            assertEquals(sign(secret, hook.header("webhook-id"), hook.header("webhook-timestamp"), hook.body()),
                    hook.header("webhook-signature"), "Standard Webhooks signature");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(url("notification-service"))
                    .queryParam("audience", "desk-" + service).get("/api/v1/feed").then().statusCode(200)
                    .body("items[0].sourceEventType", equalTo("csi.target.missed"))
                    .body("items[0].sections.personnelImpact", containsString("Service Improvement Plan")));

            // The SIP is carried through by people, and initiative-service shows the outcome on the objective.
            // Who acts is the token's subject; four-eyes needs someone other than the submitter to approve.
            String maria = TestTokens.forSubject("maria.keller@example.com", "csi-manager");
            String cio = TestTokens.forSubject("cio@example.com", "csi-manager");
            api.postAs(maria, "sip-service", "/api/v1/sips/" + sipId + "/submit", "{}");
            api.postAs(cio, "sip-service", "/api/v1/sips/" + sipId + "/approve", "{\"note\": \"Approved\"}");
            api.postAs(maria, "sip-service", "/api/v1/sips/" + sipId + "/start", "{}");
            for (Map<?, ?> action : given().baseUri(url("sip-service")).get("/api/v1/sips/" + sipId).then().extract()
                    .jsonPath().getList("actions", Map.class)) {
                given().baseUri(url("sip-service")).contentType(ContentType.JSON).header("If-Match",
                        "\"" + action.get("version") + "\"").body("{\"status\": \"DONE\"}")
                        .patch("/api/v1/sips/" + sipId + "/actions/" + action.get("id")).then().statusCode(200);
            }
            JsonPath completed = api.postAs(maria, "sip-service", "/api/v1/sips/" + sipId + "/complete",
                    "{\"resultNote\": \"MTTR falling\"}");
            assertEquals(List.of("sip-service", "maria.keller@example.com", "cio@example.com",
                    "maria.keller@example.com", "maria.keller@example.com"), completed.getList("transitions.by"));
            assertEquals("cio@example.com", completed.getString("approvedBy"));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(url("initiative-service"))
                    .get("/api/v1/initiatives/" + id + "/objectives/" + mttr).then().statusCode(200)
                    .body("sips[0].status", equalTo("COMPLETED")));

            // How do we keep the momentum going? Cycle 2 carries the missed objective over.
            api.post("initiative-service", "/api/v1/initiatives/" + id + "/cycles", "{\"vision\": \"Day and night\"}");
            JsonPath next = given().baseUri(url("initiative-service")).get("/api/v1/initiatives/" + id + "/objectives")
                    .then().statusCode(200).extract().jsonPath();
            List<String> carried = next.getList("carriedOverFrom", String.class);
            assertEquals(List.of(mttr), carried, "only the missed objective is carried over");

            // The events, in order, on the broker.
            List<ConsumerRecord<String, String>> sipEvents = probe.await(
                    r -> id.equals(r.key()) && "csi.sip.completed".equals(TopicProbe.header(r, "ce_type")), 1,
                    Duration.ofSeconds(30));
            assertEquals(1, sipEvents.size());
            List<ConsumerRecord<String, String>> cycle = probe.await(
                    r -> id.equals(r.key()) && "csi.cycle.started".equals(TopicProbe.header(r, "ce_type")), 1,
                    Duration.ofSeconds(30));
            assertEquals(1, cycle.size());
            List<ConsumerRecord<String, String>> all = probe.seen().stream().filter(r -> id.equals(r.key())).toList();
            assertInOrder(types(all, CsiTopics.INITIATIVES), List.of("csi.initiative.created", "csi.objective.set",
                    "csi.objective.set", "csi.checkpoint.reviewed", "csi.target.missed", "csi.cycle.started"));
            assertInOrder(types(all, CsiTopics.SIPS), List.of("csi.sip.drafted", "csi.sip.approved", "csi.sip.completed"));
            assertTrue(types(all, CsiTopics.COMMUNICATIONS).contains("csi.communication.sent"));
            ContractCheck.assertConforms(all);
            System.out.printf("[figures] full CSI cycle across the suite: %d events for the initiative%n", all.size());
        }
    }

    private List<Map<String, Object>> sipsFor(String initiativeId, String objectiveId) {
        List<Map<String, Object>> items = given().baseUri(url("sip-service")).queryParam("initiativeId", initiativeId)
                .queryParam("size", 100).get("/api/v1/sips").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(s -> objectiveId.equals(s.get("objectiveId"))).toList();
    }

    private MimeMessage missedMailTo(String localPart) throws Exception {
        for (MimeMessage m : suite.mail().getReceivedMessages()) {
            if (m.getSubject().startsWith("Target missed") && m.getAllRecipients()[0].toString().startsWith(localPart)) {
                return m;
            }
        }
        return null;
    }

    private static List<String> types(List<ConsumerRecord<String, String>> records, String topic) {
        return records.stream().filter(r -> r.topic().equals(topic)).map(r -> TopicProbe.header(r, "ce_type")).toList();
    }

    /** Each expected type appears after the previous one (other events may stand between them). */
    private static void assertInOrder(List<String> actual, List<String> expected) {
        int at = 0;
        for (String type : actual) {
            if (at < expected.size() && type.equals(expected.get(at))) {
                at++;
            }
        }
        assertEquals(expected.size(), at, "expected " + expected + " in this order within " + actual);
    }

    private static String sign(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signature);
    }

    private String objective(String name, String kpi, double baseline, double target, String direction, double tol) {
        return """
                {"name": "%s", "kpiKey": "%s", "service": "%s", "baselineValue": %s, "targetValue": %s,
                 "direction": "%s", "tolerance": %s, "horizon": "SHORT_TERM", "dueDate": "%s"}"""
                .formatted(name, kpi, service, baseline, target, direction, tol, LocalDate.now().plusMonths(3));
    }

    private String url(String service) {
        return suite.url(service);
    }
}
