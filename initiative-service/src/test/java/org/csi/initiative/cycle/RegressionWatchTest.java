package org.csi.initiative.cycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
import org.csi.events.CsiSources;
import org.csi.events.CsiTopics;
import org.csi.events.payload.MeasurementRecorded;
import org.csi.events.payload.SipTransitioned;
import org.csi.stack.CsiStack;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The regression watch through the API and the broker: an achieved objective's KPI slides back (N values in a row
 * outside the tolerance: exactly one csi.target.regressed), more bad values and a redelivered measurement say nothing
 * more, a value inside recovers it quietly, a new slide is a second regression; a completed SIP starts a watch that
 * waits for the target, and a window judges a slow slide.
 */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class RegressionWatchTest {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final String KPI = "incident.mttr.hours";

    @InjectCsiStack
    CsiStack stack;

    @Test
    void aSlideAfterSuccessIsToldOnceQuietAfterRecoveryAndToldAgainOnTheNextSlide() throws Exception {
        String service = Api.unique("email");
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            String id = Api.createInitiative("Keep e-mail restored fast", null);
            Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String objective = Api.setObjective(id, withWatch(Api.objective("Restore within 4 hours", KPI, service,
                    "8", "4", "LOWER_IS_BETTER", "0.5"), "{\"consecutiveValues\": 3}"));
            String path = "/api/v1/initiatives/" + id + "/objectives/" + objective;
            given().get(path).then().statusCode(200).body("regressionWatch.state", equalTo("NOT_WATCHED"))
                    .body("regressionWatch.consecutiveValues", equalTo(3))
                    .body("regressionWatch.settingsFrom", equalTo("OBJECTIVE"));

            // achieved at a review: watched from then on
            measure(service, "3.8", t0.plusSeconds(60), UUID.randomUUID());
            await().atMost(EVENTS).untilAsserted(() -> given().queryParam("service", service)
                    .get("/api/v1/latest-measurements").then().body("[0].value", equalTo(3.8f)));
            review(id);
            given().get(path).then().statusCode(200).body("status", equalTo("ACHIEVED"))
                    .body("regressionWatch.state", equalTo("WATCHING"))
                    .body("regressionWatch.startedBy", equalTo("ACHIEVED"))
                    .body("regressionWatch.lastValue", equalTo(3.8f));

            // two values outside (4.5 is the edge of the tolerance, 4.6 is outside): not yet
            measure(service, "5", t0.plusSeconds(120), UUID.randomUUID());
            measure(service, "5.1", t0.plusSeconds(180), UUID.randomUUID());
            awaitWatch(path, "WATCHING", 2);
            // the third: one regression
            UUID third = UUID.randomUUID();
            long sent = System.nanoTime();
            MeasurementRecorded thirdValue = measure(service, "5.2", t0.plusSeconds(240), third);
            Predicate<ConsumerRecord<String, String>> regressed = TopicProbe.ofType("csi.target.regressed")
                    .and(r -> id.equals(r.key()));
            ConsumerRecord<String, String> first = probe.await(regressed, 1, EVENTS).get(0);
            System.out.printf("[figures] regression watch: csi.target.regressed on the broker %d ms after the "
                    + "regressing measurement was published%n", (System.nanoTime() - sent) / 1_000_000);
            ContractCheck.assertConforms(List.of(first));
            assertEquals(objective, TopicProbe.header(first, "ce_subject"));
            JsonNode payload = Api.JSON.readTree(first.value());
            assertEquals(1, payload.get("regression").asInt());
            assertEquals("CONSECUTIVE_VALUES", payload.get("judgedBy").asText());
            assertEquals(3, payload.get("valuesOutside").asInt());
            assertEquals(3, payload.get("consecutiveValues").asInt());
            assertEquals("ACHIEVED", payload.get("watchStartedBy").asText());
            assertEquals(t0.plusSeconds(120), Instant.parse(payload.get("outsideSince").asText()));
            assertEquals(t0.plusSeconds(240), Instant.parse(payload.get("measuredAt").asText()));
            assertEquals(0, new BigDecimal("5.2").compareTo(payload.get("actualValue").decimalValue()));
            assertEquals(thirdValue.measurementId().toString(), payload.get("measurementId").asText());
            assertEquals("jane.doe@example.com", payload.get("owner").asText());
            assertTrue(payload.get("previousSipId").isNull(), "no SIP yet");
            given().get(path).then().statusCode(200).body("regressionWatch.state", equalTo("REGRESSED"))
                    .body("regressionWatch.regressions", equalTo(1))
                    .body("regressionWatch.judgedBy", equalTo("CONSECUTIVE_VALUES"))
                    .body("regressionWatch.lastRegressedAt", notNullValue());

            // redelivery of the same event (same ce_id), and the same measurement again under a new ce_id: nothing
            publish(thirdValue, third);
            publish(thirdValue, UUID.randomUUID());
            // more values outside while regressed: quiet
            measure(service, "5.3", t0.plusSeconds(300), UUID.randomUUID());
            measure(service, "5.4", t0.plusSeconds(360), UUID.randomUUID());
            awaitWatch(path, "REGRESSED", 5);
            assertEquals(1, probe.drain(regressed, Duration.ofSeconds(3)).size(), "one event for one regression");

            // back inside: watching again, quietly
            measure(service, "3.9", t0.plusSeconds(420), UUID.randomUUID());
            awaitWatch(path, "WATCHING", 0);
            given().get(path).then().body("regressionWatch.recoveredAt", notNullValue());
            assertEquals(1, probe.drain(regressed, Duration.ofSeconds(2)).size(), "recovery is quiet");

            // a new slide is a new regression
            for (int i = 0; i < 3; i++) {
                measure(service, "6", t0.plusSeconds(480 + 60 * i), UUID.randomUUID());
            }
            List<ConsumerRecord<String, String>> both = probe.await(regressed, 2, EVENTS);
            ContractCheck.assertConforms(both);
            assertEquals(2, Api.JSON.readTree(both.get(1).value()).get("regression").asInt());
            awaitWatch(path, "REGRESSED", 3);
            given().get(path).then().body("regressionWatch.regressions", equalTo(2));
            assertEquals(2, probe.drain(regressed, Duration.ofSeconds(2)).size());
        }
    }

    @Test
    void aCompletedSipWatchesOnceTheTargetIsReachedAndAWindowJudgesASlowSlide() throws Exception {
        String service = Api.unique("email");
        String kpi = "service.availability.percent";
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            String id = Api.createInitiative("Keep e-mail available", null);
            Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String objective = Api.setObjective(id, withWatch(Api.objective("Available 99.5 %", kpi, service, "99",
                    "99.5", "HIGHER_IS_BETTER", "0"), "{\"consecutiveValues\": 10, \"window\": \"PT1H\"}"));
            String path = "/api/v1/initiatives/" + id + "/objectives/" + objective;
            measure(kpi, service, "98", t0.plusSeconds(60), UUID.randomUUID());
            await().atMost(EVENTS).untilAsserted(() -> given().queryParam("service", service)
                    .get("/api/v1/latest-measurements").then().body("[0].value", equalTo(98f)));

            // the SIP completes while the KPI is still short: nothing to slide back from yet
            UUID sip = UUID.randomUUID();
            sipCompleted(UUID.fromString(id), UUID.fromString(objective), sip);
            await().atMost(EVENTS).untilAsserted(() -> given().get(path).then()
                    .body("regressionWatch.state", equalTo("AWAITING_TARGET"))
                    .body("regressionWatch.startedBy", equalTo("SIP_COMPLETED"))
                    .body("regressionWatch.sipId", equalTo(sip.toString()))
                    .body("regressionWatch.window", equalTo("PT1H")));
            measure(kpi, service, "97", t0.plusSeconds(120), UUID.randomUUID());
            measure(kpi, service, "99.6", t0.plusSeconds(180), UUID.randomUUID());
            awaitWatch(path, "WATCHING", 0);

            // outside for an hour: a regression by the window, though far fewer than 10 values
            measure(kpi, service, "99", t0.plusSeconds(240), UUID.randomUUID());
            measure(kpi, service, "98.9", t0.plusSeconds(240 + 1800), UUID.randomUUID());
            awaitWatch(path, "WATCHING", 2);
            measure(kpi, service, "98.8", t0.plusSeconds(240 + 3600), UUID.randomUUID());
            Predicate<ConsumerRecord<String, String>> regressed = TopicProbe.ofType("csi.target.regressed")
                    .and(r -> id.equals(r.key()));
            ConsumerRecord<String, String> record = probe.await(regressed, 1, EVENTS).get(0);
            ContractCheck.assertConforms(List.of(record));
            JsonNode payload = Api.JSON.readTree(record.value());
            assertEquals("WINDOW", payload.get("judgedBy").asText());
            assertEquals("PT1H", payload.get("window").asText());
            assertEquals(3, payload.get("valuesOutside").asInt());
            assertEquals("SIP_COMPLETED", payload.get("watchStartedBy").asText());
            assertEquals(sip.toString(), payload.get("previousSipId").asText());
            given().get(path).then().body("regressionWatch.state", equalTo("REGRESSED"))
                    .body("regressionWatch.judgedBy", equalTo("WINDOW"));
        }
    }

    @Test
    void aBadWindowIsRefused() {
        String id = Api.createInitiative("Windows", null);
        for (String window : List.of("P0D", "PT-1H", "P400D", "soon")) {
            given().contentType(ContentType.JSON).body(withWatch(Api.objective("x", KPI, "email", "8", "4",
                    "LOWER_IS_BETTER", "0"), "{\"window\": \"" + window + "\"}"))
                    .post("/api/v1/initiatives/" + id + "/objectives")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(withWatch(Api.objective("x", KPI, "email", "8", "4",
                "LOWER_IS_BETTER", "0"), "{\"consecutiveValues\": 0}"))
                .post("/api/v1/initiatives/" + id + "/objectives")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static String withWatch(String objective, String watch) {
        return objective.substring(0, objective.lastIndexOf('}')) + ", \"regressionWatch\": " + watch + "}";
    }

    private static void review(String id) {
        String checkpoint = Api.createCheckpoint(id, Instant.now().plus(1, ChronoUnit.DAYS));
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/initiatives/" + id + "/checkpoints/" + checkpoint + "/review")
                .then().statusCode(200);
    }

    private static void awaitWatch(String path, String state, int valuesOutside) {
        await().atMost(EVENTS).untilAsserted(() -> given().get(path).then()
                .body("regressionWatch.state", equalTo(state))
                .body("regressionWatch.valuesOutside", equalTo(valuesOutside)));
    }

    private MeasurementRecorded measure(String service, String value, Instant at, UUID ceId) throws Exception {
        return measure(KPI, service, value, at, ceId);
    }

    private MeasurementRecorded measure(String kpi, String service, String value, Instant at, UUID ceId)
            throws Exception {
        MeasurementRecorded payload = new MeasurementRecorded(UUID.randomUUID(), kpi, service, new BigDecimal(value),
                "u", at, "manual", null);
        publish(payload, ceId);
        return payload;
    }

    private void publish(MeasurementRecorded payload, UUID ceId) throws Exception {
        CsiEventType type = CsiEventType.MEASUREMENT_RECORDED;
        TopicProbe.publish(stack.bootstrapServers(), type.topic(), payload.service(), ceId.toString(), type.type(),
                CsiSources.ASSESSMENT_SERVICE, payload.measurementId().toString(), type.dataSchema(),
                Api.JSON.writeValueAsString(payload));
    }

    private void sipCompleted(UUID initiativeId, UUID objectiveId, UUID sipId) throws Exception {
        SipTransitioned payload = new SipTransitioned(sipId, "Keep e-mail available", initiativeId, objectiveId, "email",
                "service.availability.percent", "HIGH", "maria@example.com", "IN_PROGRESS", "COMPLETED",
                "maria@example.com", Instant.now(), "Failover automated");
        CsiEventType type = CsiEventType.SIP_COMPLETED;
        TopicProbe.publish(stack.bootstrapServers(), type.topic(), initiativeId.toString(), UUID.randomUUID().toString(),
                type.type(), CsiSources.SIP_SERVICE, sipId.toString(), type.dataSchema(),
                Api.JSON.writeValueAsString(payload));
    }
}
