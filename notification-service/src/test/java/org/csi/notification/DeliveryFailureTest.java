package org.csi.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Receivers that fail: a 500 is retried with backoff and then marked FAILED with its attempts (test profile: 3
 * attempts, subscription disabled after 5 failures in a row); a hanging receiver does not hold up a healthy one.
 */
@QuarkusTest
@CsiStackTest("notification-service")
@AsAdmin
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class DeliveryFailureTest {

    @InjectCsiStack
    CsiStack stack;

    @Test
    void failingReceiverIsRetriedThenFailedAndHangingReceiverDoesNotSlowOthers() throws Exception {
        UUID initiativeId = UUID.randomUUID();
        try (WebhookReceiver failing = new WebhookReceiver(500, 0);
                WebhookReceiver hanging = new WebhookReceiver(200, 8_000);
                WebhookReceiver healthy = new WebhookReceiver(204, 0);
                TopicProbe outcomes = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.COMMUNICATIONS)) {
            given().contentType(ContentType.JSON).body("""
                    {"audiences": [{"name": "itsm-hook", "kind": "PROCESS_OWNERS", "channel": "WEBHOOK",
                      "url": "%s", "eventTypes": ["csi.gap.identified"],
                      "immediateEventTypes": ["csi.gap.identified"]}]}""".formatted(failing.url()))
                    .put("/api/v1/initiatives/" + initiativeId + "/communication-plan")
                    .then().statusCode(201).body("audiences[0].secret", org.hamcrest.Matchers.startsWith("whsec_"));
            String failingSub = subscribe(failing.url());
            String hangingSub = subscribe(hanging.url());
            String healthySub = subscribe(healthy.url());

            String eventId = UUID.randomUUID().toString();
            Events.publish(stack.bootstrapServers(), CsiEventType.GAP_IDENTIFIED, eventId, initiativeId,
                    Events.payload(CsiEventType.GAP_IDENTIFIED, Map.of("initiativeId", initiativeId.toString())));

            await().atMost(Duration.ofSeconds(60)).until(() -> !healthy.calls().isEmpty());
            assertTrue(hanging.lastAnsweredNanos() == 0 || healthy.calls().get(0).receivedNanos()
                    < hanging.lastAnsweredNanos(), "the healthy receiver got its call while the hanging one still "
                            + "held its first request");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .get("/api/v1/subscriptions/" + failingSub + "/deliveries").then().statusCode(200)
                    .body("items[0].eventId", equalTo(eventId))
                    .body("items[0].status", equalTo("FAILED"))
                    .body("items[0].attempts", equalTo(3))
                    .body("items[0].lastStatusCode", equalTo(500))
                    .body("items[0].lastError", equalTo("HTTP 500")));
            // a viewer reads the class of the answer only, never the code or network detail
            given().header("Authorization", "Bearer " + TestTokens.forRoles("csi-viewer"))
                    .get("/api/v1/subscriptions/" + failingSub + "/deliveries").then().statusCode(200)
                    .body("items[0].lastStatusCode", nullValue())
                    .body("items[0].lastError", equalTo("HTTP 5xx"));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .get("/api/v1/subscriptions/" + hangingSub + "/deliveries").then().statusCode(200)
                    .body("items[0].status", equalTo("FAILED"))
                    .body("items[0].attempts", equalTo(3))
                    .body("items[0].lastError", equalTo("delivery failed (timed out)")));
            given().get("/api/v1/subscriptions/" + healthySub + "/deliveries").then().statusCode(200)
                    .body("items[0].status", equalTo("DELIVERED")).body("items[0].attempts", equalTo(1));

            // the plan's webhook audience: the communication is FAILED with its attempts, and reported
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .queryParam("initiativeId", initiativeId).get("/api/v1/communications")
                    .then().statusCode(200).body("totalItems", equalTo(1))
                    .body("items[0].channel", equalTo("WEBHOOK"))
                    .body("items[0].status", equalTo("FAILED"))
                    .body("items[0].attempts", equalTo(3))
                    .body("items[0].lastError", equalTo("HTTP 500")));
            List<ConsumerRecord<String, String>> failed = outcomes.await(r -> initiativeId.toString().equals(r.key())
                    && "csi.communication.failed".equals(TopicProbe.header(r, "ce_type")), 1, Duration.ofSeconds(60));
            assertEquals(1, failed.size());
            ContractCheck.assertConforms(failed);
            assertTrue(failed.get(0).value().contains("\"attempts\":3"), failed.get(0).value());
            long communicationCalls = failing.calls().stream()
                    .filter(c -> c.header("content-type").startsWith("application/json")).count();
            assertEquals(3, communicationCalls, "the plan webhook was tried three times");

            // two more failures in a row (the next event) disable the failing subscription
            Events.publish(stack.bootstrapServers(), CsiEventType.GAP_IDENTIFIED, UUID.randomUUID().toString(),
                    initiativeId, Events.payload(CsiEventType.GAP_IDENTIFIED,
                            Map.of("initiativeId", initiativeId.toString())));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .get("/api/v1/subscriptions/" + failingSub).then().statusCode(200)
                    .body("enabled", equalTo(false))
                    .body("consecutiveFailures", equalTo(5))
                    .body("disabledAt", notNullValue()));
            given().post("/api/v1/subscriptions/" + failingSub + "/enable").then().statusCode(200)
                    .body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(0));

            for (String id : List.of(failingSub, hangingSub, healthySub)) {
                given().delete("/api/v1/subscriptions/" + id).then().statusCode(204);
            }
        }
    }

    private static String subscribe(String url) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of("csi.gap.identified")))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
    }
}
