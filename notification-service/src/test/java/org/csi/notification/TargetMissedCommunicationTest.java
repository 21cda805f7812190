package org.csi.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
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
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;

/**
 * The defining flow's last step on the real broker, database and SMTP server: a csi.target.missed event becomes an
 * e-mail with the three sections, a signed webhook call and a feed entry, each told once even when the event comes
 * twice.
 */
@QuarkusTest
@CsiStackTest("notification-service")
@AsAdmin
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class TargetMissedCommunicationTest {

    @InjectCsiStack
    CsiStack stack;

    @InjectGreenMail
    GreenMail greenMail;

    @Test
    void targetMissedReachesMailWebhookAndFeedOnceEach() throws Exception {
        UUID initiativeId = UUID.randomUUID();
        String objective = "Restore e-mail within 4 hours " + initiativeId.toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("""
                {"audiences": [
                  {"name": "ops-mail-%1$s", "kind": "MANAGEMENT", "channel": "EMAIL",
                   "addresses": ["ops-%1$s@example.org", "cio-%1$s@example.org"], "eventTypes": ["csi.target.missed"]},
                  {"name": "staff-%1$s", "kind": "STAFF", "channel": "FEED", "eventTypes": ["csi.target.missed"]}]}"""
                .formatted(initiativeId.toString().substring(0, 8)))
                .put("/api/v1/initiatives/" + initiativeId + "/communication-plan")
                .then().statusCode(201).body("custom", equalTo(true));

        try (WebhookReceiver receiver = new WebhookReceiver(200, 0);
                TopicProbe outcomes = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.COMMUNICATIONS)) {
            var subscription = given().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("csi.target.missed")))
                    .post("/api/v1/subscriptions")
                    .then().statusCode(201).body("secret", startsWith("whsec_")).extract();
            String subscriptionId = subscription.path("id");
            String secret = subscription.path("secret");
            given().get("/api/v1/subscriptions/" + subscriptionId).then().statusCode(200)
                    .body("secret", equalTo(null), "enabled", equalTo(true));

            String eventId = UUID.randomUUID().toString();
            String data = Events.payload(CsiEventType.TARGET_MISSED,
                    Map.of("initiativeId", initiativeId.toString(), "objectiveName", objective));
            Events.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, eventId, initiativeId, data);

            // e-mail, read back from the SMTP server
            MimeMessage mail = await().atMost(Duration.ofSeconds(60)).until(() -> mailAbout(objective),
                    m -> m != null);
            String body = GreenMailUtil.getBody(mail);
            assertEquals("Target missed: " + objective + " (email)", mail.getSubject());
            // one e-mail per recipient (each carries the recipient's own signed link for leaving the audience)
            assertEquals(1, mail.getAllRecipients().length);
            await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> subject(m).contains(objective)).count() == 2);
            assertTrue(body.contains("/api/v1/unsubscribe?token="), "the mail has its leave link: " + body);
            assertTrue(mail.getHeader("List-Unsubscribe")[0].contains("/api/v1/unsubscribe?token="));
            for (String section : List.of("Service implications", "Impact on personnel", "Approach")) {
                assertTrue(body.contains(section), "mail has the section " + section + ": " + body);
            }
            assertTrue(body.contains("6.5"), "the mail names the actual value: " + body);
            // the delivery's own Message-ID, the same on every attempt, so a re-send is a copy mail systems recognise
            assertTrue(mail.getMessageID().matches("<[0-9a-f-]{36}@csi\\.notification-service>"), mail.getMessageID());

            // webhook, with a signature checked the way a receiver would
            WebhookReceiver.Call call = await().atMost(Duration.ofSeconds(60))
                    .until(() -> receiver.calls().stream().filter(c -> c.body().contains(eventId)).findFirst()
                            .orElse(null), c -> c != null);
            assertTrue(Signatures.verifies(secret, call), "the webhook-signature verifies with the secret");
            assertTrue(call.header("content-type").startsWith("application/cloudevents+json"));
            JsonNode cloudEvent = Events.JSON.readTree(call.body());
            assertEquals("1.0", cloudEvent.path("specversion").asText());
            assertEquals("csi.target.missed", cloudEvent.path("type").asText());
            assertEquals(eventId, cloudEvent.path("id").asText());
            assertEquals(initiativeId.toString(), cloudEvent.path("data").path("initiativeId").asText());

            // feed entry
            String staff = "staff-" + initiativeId.toString().substring(0, 8);
            given().queryParam("audience", staff).get("/api/v1/feed").then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].sourceEventId", equalTo(eventId))
                    .body("items[0].channel", equalTo("FEED"))
                    .body("items[0].sections.personnelImpact", org.hamcrest.Matchers.containsString("Service "
                            + "Improvement Plan"));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .queryParam("initiativeId", initiativeId).get("/api/v1/communications")
                    .then().statusCode(200).body("totalItems", equalTo(2))
                    .body("items.status", everyItem(equalTo("DELIVERED")))
                    .body("items.channel", hasItem("EMAIL")));
            long mails = mailsWithSubject("Target missed: " + objective + " (email)");
            List<ConsumerRecord<String, String>> sent = outcomes.await(r -> initiativeId.toString().equals(r.key())
                    && "csi.communication.sent".equals(TopicProbe.header(r, "ce_type")), 2, Duration.ofSeconds(60));
            assertEquals(2, sent.size(), "one csi.communication.sent per audience");
            ContractCheck.assertConforms(sent);

            // the same event again, then a marker event behind it on the same partition
            Events.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, eventId, initiativeId, data);
            String marker = UUID.randomUUID().toString();
            Events.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, marker, initiativeId,
                    Events.payload(CsiEventType.TARGET_MISSED, Map.of("initiativeId", initiativeId.toString(),
                            "objectiveName", objective + " (marker)")));
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.calls().stream()
                    .anyMatch(c -> c.body().contains(marker)));
            given().queryParam("initiativeId", initiativeId).queryParam("eventType", "csi.target.missed")
                    .get("/api/v1/communications").then().statusCode(200).body("totalItems", equalTo(4));
            assertEquals(1, receiver.calls().stream().filter(c -> c.body().contains(eventId)).count(),
                    "the redelivered event was not pushed again");
            given().get("/api/v1/subscriptions/" + subscriptionId + "/deliveries").then().statusCode(200)
                    .body("items.findAll { it.eventId == '" + eventId + "' }.size()", equalTo(1))
                    .body("items.find { it.eventId == '" + eventId + "' }.status", equalTo("DELIVERED"))
                    .body("items.find { it.eventId == '" + eventId + "' }.lastStatusCode", equalTo(200));
            assertEquals(mails, mailsWithSubject("Target missed: " + objective + " (email)"),
                    "no second e-mail after the redelivery");

            given().delete("/api/v1/subscriptions/" + subscriptionId).then().statusCode(204);
        }
    }

    private MimeMessage mailAbout(String objective) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).contains(objective)).findFirst()
                .orElse(null);
    }

    private long mailsWithSubject(String subject) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).equals(subject)).count();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
