package org.csi.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 17's loose ends of communications, through the real broker and HTTP API: a service gap's message names its
 * gap number, lifecycle stage and perspective; the leave link shows a person a page with a button (a form POST) and
 * API clients JSON; an empty digestChannels (as generated clients send it) means the default channel, and the cadence
 * NONE says "no digest".
 */
@QuarkusTest
@CsiStackTest("notification-service")
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class MessagesPeopleReadTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Duration EVENTS = Duration.ofSeconds(60);

    @InjectCsiStack
    CsiStack stack;

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + TestTokens.forRoles("csi-admin"));
    }

    @Test
    void aServiceGapIsToldWithItsNumberStageAndPerspective() {
        UUID initiativeId = UUID.randomUUID();
        String audience = "gaps-" + initiativeId.toString().substring(0, 8);
        admin().contentType(ContentType.JSON).body("""
                {"audiences": [{"name": "%s", "kind": "STAFF", "channel": "FEED",
                  "immediateEventTypes": ["csi.gap.identified"]}]}""".formatted(audience))
                .put("/api/v1/initiatives/" + initiativeId + "/communication-plan").then().statusCode(201);

        publish(CsiEventType.GAP_IDENTIFIED, initiativeId, Map.of());
        Map<String, Object> kpiGap = new HashMap<>();
        kpiGap.put("gapKind", "KPI");
        kpiGap.put("gapNumber", null);
        kpiGap.put("lifecycleStage", null);
        kpiGap.put("perspective", null);
        kpiGap.put("kpiKey", "availability.percent");
        publish(CsiEventType.GAP_IDENTIFIED, initiativeId, kpiGap);

        await().atMost(EVENTS).untilAsserted(() -> admin().queryParam("audience", audience).get("/api/v1/feed")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.subject", hasItem(
                        "Service gap 3 (specification vs delivered, TRANSITION, IT): incident.mttr.hours for email"))
                .body("items.subject", hasItem("Gap identified: availability.percent for email"))
                .body("items.find { it.subject.startsWith('Service gap') }.sections.serviceImplications",
                        startsWith("Gap 3 of the Service Gap model arises in service TRANSITION and is for the IT "
                                + "side to close.")));
    }

    @Test
    void aPersonGetsAPageWithAButtonThatPostsAndApiClientsKeepTheirJson() {
        UUID initiativeId = UUID.randomUUID();
        String audience = "mail-" + initiativeId.toString().substring(0, 8);
        String recipient = "dana-" + initiativeId.toString().substring(0, 8) + "@example.org";
        String token = DigestAndUnsubscribeTest.sign(DigestAndUnsubscribeTest.TEST_KEY, initiativeId, audience,
                recipient, Instant.now().plusSeconds(3600));

        // a browser opening the link: a page asking to confirm, with a form that POSTs back; nothing changes
        String page = given().accept(BROWSER).queryParam("token", token).get("/api/v1/unsubscribe").then()
                .statusCode(200).contentType(ContentType.HTML)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", "no-store").header("Vary", containsString("Accept"))
                .body(containsString(recipient), containsString(audience),
                        containsString("<form method=\"post\" action=\"unsubscribe?token=" + token + "\">"),
                        containsString("<button type=\"submit\">Leave the audience</button>"))
                .extract().asString();
        given().accept(BROWSER).queryParam("token", token).get("/api/v1/unsubscribe").then().statusCode(200)
                .body(equalTo(page));
        given().accept(ContentType.JSON).queryParam("token", token).get("/api/v1/unsubscribe").then()
                .statusCode(200).contentType(ContentType.JSON).body("left", equalTo(false))
                .body("recipient", equalTo(recipient));

        // pressing the button: the browser posts the (empty) form and gets a page saying it is done
        given().accept(BROWSER).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .queryParam("token", token).post("/api/v1/unsubscribe").then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("You have left the audience"), containsString(recipient),
                        not(containsString("<form")));
        given().queryParam("token", token).get("/api/v1/unsubscribe").then().statusCode(200)
                .contentType(ContentType.JSON).body("left", equalTo(true));
        // the link again in the browser: it says they left, no button
        given().accept(BROWSER).queryParam("token", token).get("/api/v1/unsubscribe").then().statusCode(200)
                .body(containsString("You have left the audience"), not(containsString("<button")));
        // RFC 8058 one-click POST (a mail program, no Accept): JSON as before
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .queryParam("token", token).post("/api/v1/unsubscribe").then().statusCode(200)
                .contentType(ContentType.JSON).body("left", equalTo(true));

        // a broken link: a page for a person, a problem for an API client
        String expired = DigestAndUnsubscribeTest.sign(DigestAndUnsubscribeTest.TEST_KEY, initiativeId, audience,
                recipient, Instant.now().minusSeconds(60));
        given().accept(BROWSER).queryParam("token", expired).get("/api/v1/unsubscribe").then().statusCode(400)
                .contentType(ContentType.HTML).body(containsString("This link does not work"),
                        containsString("expired"), not(containsString("<form")));
        given().accept(BROWSER).queryParam("token", "garbage").post("/api/v1/unsubscribe").then()
                .statusCode(400).contentType(ContentType.HTML).body(containsString("This link does not work"));
        given().queryParam("token", expired).get("/api/v1/unsubscribe").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("token"));
    }

    @Test
    void anEmptyDigestChannelListMeansTheDefaultAndCadenceNoneMeansNoDigest() {
        UUID initiativeId = UUID.randomUUID();
        String tag = initiativeId.toString().substring(0, 8);
        // as an openapi-generator client sends a plan: every list it was not given as []
        admin().contentType(ContentType.JSON).body("""
                {"audiences": [
                  {"name": "generated-%1$s", "kind": "STAFF", "channel": "FEED", "addresses": [], "eventTypes": [],
                   "immediateEventTypes": [], "immediateChannels": [], "digestChannels": []},
                  {"name": "quiet-%1$s", "kind": "STAFF", "channel": "FEED", "digestCadence": "NONE"}]}"""
                .formatted(tag))
                .put("/api/v1/initiatives/" + initiativeId + "/communication-plan").then().statusCode(201)
                .body("audiences[0].digestChannels", equalTo(List.of("FEED")))
                .body("audiences[0].immediateChannels", equalTo(List.of("FEED")))
                .body("audiences[1].digestCadence", equalTo("NONE"));

        publish(CsiEventType.OBJECTIVE_SET, initiativeId, Map.of());
        publish(CsiEventType.TARGET_MISSED, initiativeId, Map.of());

        await().atMost(EVENTS).untilAsserted(() -> admin().queryParam("initiativeId", initiativeId)
                .queryParam("eventType", "csi.digest").get("/api/v1/communications").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].audience", equalTo("generated-" + tag))
                .body("items[0].channel", equalTo("FEED")));
        // told at once to both; the digest went to the generated client's audience only, also after more scans
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> admin()
                .queryParam("initiativeId", initiativeId).get("/api/v1/communications").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.findAll { it.audience == 'quiet-" + tag + "' }.sourceEventType",
                        equalTo(List.of("csi.target.missed"))));
    }

    private void publish(CsiEventType type, UUID initiativeId, Map<String, Object> changes) {
        Map<String, Object> fields = new HashMap<>(changes);
        fields.put("initiativeId", initiativeId.toString());
        Events.publish(stack.bootstrapServers(), type, UUID.randomUUID().toString(), initiativeId,
                Events.payload(type, fields));
    }
}
