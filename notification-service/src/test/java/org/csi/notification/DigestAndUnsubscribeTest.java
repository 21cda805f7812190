package org.csi.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.csi.events.CsiEventType;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;

/**
 * Issue 17 part 6 through the real broker, database and SMTP server: what matters is told at once, the rest arrives in
 * the audience's digest (periods of 2 s in tests, sent by the real scheduler), each audience on its own channels, and a
 * recipient leaves an audience through the signed link of an e-mail (public endpoint, no bearer token); forged,
 * altered and expired links are refused with a problem.
 */
@QuarkusTest
@CsiStackTest("notification-service")
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class DigestAndUnsubscribeTest {

    /** %test.csi.unsubscribe.key in application.properties: the test signs its own expired token with it. */
    static final String TEST_KEY = "test-unsubscribe-key-0123456789abcdef";
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/api/v1/unsubscribe\\?token=)(\\S+)");

    @InjectCsiStack
    CsiStack stack;

    @InjectGreenMail
    GreenMail greenMail;

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + TestTokens.forRoles("csi-admin"));
    }

    @Test
    void immediateEventsAtOnceTheRestInADigestOnEachAudiencesChannels() {
        UUID initiativeId = UUID.randomUUID();
        String tag = initiativeId.toString().substring(0, 8);
        String alice = "alice-" + tag + "@example.org";
        String bob = "bob-" + tag + "@example.org";
        String carol = "carol-" + tag + "@example.org";
        admin().contentType(ContentType.JSON).body("""
                {"audiences": [
                  {"name": "mail-%1$s", "kind": "MANAGEMENT", "channel": "EMAIL", "addresses": ["%2$s", "%3$s"]},
                  {"name": "staff-%1$s", "kind": "STAFF", "channel": "FEED", "digestCadence": "NONE"},
                  {"name": "ops-%1$s", "kind": "PROCESS_OWNERS", "channel": "EMAIL", "addresses": ["%4$s"],
                   "immediateChannels": ["FEED"], "digestChannels": ["EMAIL", "FEED"], "digestCadence": "WEEKLY"}],
                 "digestCadence": "DAILY"}""".formatted(tag, alice, bob, carol))
                .put("/api/v1/initiatives/" + initiativeId + "/communication-plan")
                .then().statusCode(201).body("digestCadence", equalTo("DAILY"))
                .body("audiences[0].immediateChannels", equalTo(List.of("EMAIL")))
                .body("audiences[0].immediateEventTypes", hasItem("csi.target.missed"))
                .body("audiences[1].digestCadence", equalTo("NONE"))
                .body("audiences[2].digestCadence", equalTo("WEEKLY"));

        String objective = "Restore within 4 hours " + tag;
        publish(CsiEventType.TARGET_MISSED, initiativeId, Map.of("objectiveName", objective));
        publish(CsiEventType.OBJECTIVE_SET, initiativeId, Map.of());
        publish(CsiEventType.CHECKPOINT_REVIEWED, initiativeId, Map.of());

        // at once: the target missed, on each audience's immediate channels
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(alice, "Target missed").size() == 1
                && mailsTo(bob, "Target missed").size() == 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> admin().queryParam("initiativeId", initiativeId)
                .queryParam("eventType", "csi.target.missed").get("/api/v1/communications").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.findAll { it.audience == 'mail-" + tag + "' }.channel", equalTo(List.of("EMAIL")))
                .body("items.findAll { it.audience == 'staff-" + tag + "' }.channel", equalTo(List.of("FEED")))
                .body("items.findAll { it.audience == 'ops-" + tag + "' }.channel", equalTo(List.of("FEED"))));
        assertEquals(0, mailsTo(carol, "Target missed").size(), "ops hears about it in its feed only");

        // the rest: no message of its own, a digest per audience that wants one, with the three sections
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> admin().queryParam("initiativeId", initiativeId)
                .queryParam("eventType", "csi.digest").queryParam("size", 50).get("/api/v1/communications").then()
                .statusCode(200)
                .body("items.audience", everyItem(org.hamcrest.Matchers.oneOf("mail-" + tag, "ops-" + tag)))
                .body("items.findAll { it.audience == 'ops-" + tag + "' }.channel", hasItem("FEED"))
                .body("items.status", everyItem(equalTo("DELIVERED"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> digestText(alice).contains("csi.objective.set")
                && digestText(alice).contains("csi.checkpoint.reviewed")
                && digestText(carol).contains("csi.checkpoint.reviewed"));
        for (String event : List.of("csi.objective.set", "csi.checkpoint.reviewed")) {
            admin().queryParam("initiativeId", initiativeId).queryParam("eventType", event)
                    .get("/api/v1/communications").then().statusCode(200).body("totalItems", equalTo(0));
        }
        MimeMessage digest = mailsTo(alice, "CSI daily digest").get(0);
        String body = GreenMailUtil.getBody(digest);
        for (String section : List.of("Service implications", "Impact on personnel", "Approach")) {
            assertTrue(body.contains(section), "the digest has the section " + section + ": " + body);
        }
        assertTrue(subject(mailsTo(carol, "CSI weekly digest").get(0)).startsWith("CSI weekly digest"));
        assertEquals(0, mailsTo(alice, "csi.objective.set").size(), "no e-mail of its own for a digested event");
        // one digest per audience and period, however often the scheduler ran
        for (String recipient : List.of(alice, bob, carol)) {
            List<String> periods = mailsTo(recipient, "digest").stream().map(DigestAndUnsubscribeTest::subject)
                    .toList();
            assertEquals(periods.stream().distinct().count(), periods.size(), "one digest per period: " + periods);
        }
    }

    @Test
    void aRecipientLeavesThroughTheSignedLinkAndGetsNoMoreMail() {
        UUID initiativeId = UUID.randomUUID();
        String tag = initiativeId.toString().substring(0, 8);
        String alice = "alice-" + tag + "@example.org";
        String bob = "bob-" + tag + "@example.org";
        String audience = "mail-" + tag;
        admin().contentType(ContentType.JSON).body("""
                {"audiences": [{"name": "%s", "kind": "MANAGEMENT", "channel": "EMAIL", "addresses": ["%s", "%s"]}]}"""
                .formatted(audience, alice, bob))
                .put("/api/v1/initiatives/" + initiativeId + "/communication-plan").then().statusCode(201);
        publish(CsiEventType.SIP_DRAFTED, initiativeId, Map.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(alice, "").size() == 1);
        MimeMessage mail = mailsTo(alice, "").get(0);
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
        assertTrue(link.find(), "the e-mail has a leave link");
        String token = link.group(2);
        assertEquals(link.group(), header(mail, "List-Unsubscribe").replaceAll("[<>]", ""));
        assertEquals("List-Unsubscribe=One-Click", header(mail, "List-Unsubscribe-Post"));

        // no bearer token: the signed token is the credential; GET only shows
        given().queryParam("token", token).get("/api/v1/unsubscribe").then().statusCode(200)
                .body("recipient", equalTo(alice)).body("audience", equalTo(audience))
                .body("initiativeId", equalTo(initiativeId.toString())).body("left", equalTo(false));
        // forged, altered, expired: refused with a problem, nothing changes
        String[] parts = token.split("\\.");
        String otherRecipient = b64(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replace(alice, bob));
        for (String bad : List.of(otherRecipient + "." + parts[1], parts[0] + "." + b64("forged"), "garbage",
                sign("another-key-that-is-long-enough-0123456789", initiativeId, audience, alice,
                        Instant.now().plusSeconds(3600)),
                sign(TEST_KEY, initiativeId, audience, alice, Instant.now().minusSeconds(60)))) {
            given().queryParam("token", bad).post("/api/v1/unsubscribe").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("token"));
        }
        given().queryParam("token", sign(TEST_KEY, initiativeId, audience, alice, Instant.now().minusSeconds(60)))
                .get("/api/v1/unsubscribe").then().statusCode(400).body("detail", containsString("expired"));
        given().post("/api/v1/unsubscribe").then().statusCode(400).contentType("application/problem+json");

        // the one-click POST a mail program sends
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .queryParam("token", token).post("/api/v1/unsubscribe").then().statusCode(200)
                .body("left", equalTo(true)).body("recipient", equalTo(alice));
        given().queryParam("token", token).post("/api/v1/unsubscribe").then().statusCode(200)
                .body("left", equalTo(true));

        // after leaving: bob still hears, alice does not, at once or in the digest
        publish(CsiEventType.SIP_APPROVED, initiativeId, Map.of());
        publish(CsiEventType.OBJECTIVE_SET, initiativeId, Map.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(bob, "").size() == 3); // drafted, approved, digest
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> admin().queryParam("initiativeId", initiativeId)
                .get("/api/v1/communications").then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.status", everyItem(equalTo("DELIVERED"))));
        assertEquals(1, mailsTo(alice, "").size(), "no e-mail after leaving: " + mailsTo(alice, "").stream()
                .map(DigestAndUnsubscribeTest::subject).toList());
        admin().queryParam("initiativeId", initiativeId).queryParam("eventType", "csi.sip.approved")
                .get("/api/v1/communications").then().statusCode(200).body("items[0].recipients", equalTo(bob));
    }

    private void publish(CsiEventType type, UUID initiativeId, Map<String, Object> changes) {
        Map<String, Object> fields = new HashMap<>(changes);
        fields.put("initiativeId", initiativeId.toString());
        Events.publish(stack.bootstrapServers(), type, UUID.randomUUID().toString(), initiativeId,
                Events.payload(type, fields));
    }

    private List<MimeMessage> mailsTo(String recipient, String subjectPart) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().equals(recipient)) && subject(m).contains(subjectPart);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private String digestText(String recipient) {
        StringBuilder all = new StringBuilder();
        mailsTo(recipient, "digest").forEach(m -> all.append(GreenMailUtil.getBody(m)));
        return all.toString();
    }

    private static String subject(MimeMessage m) {
        return TargetMissedCommunicationTest.subject(m);
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name)[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A token as the service signs it, written here independently: v1, initiative, audience, recipient, expiry. */
    static String sign(String key, UUID initiativeId, String audience, String recipient, Instant expires) {
        try {
            String payload = String.join("\n", "v1", initiativeId.toString(), audience, recipient,
                    Long.toString(expires.getEpochSecond()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return b64(payload) + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
