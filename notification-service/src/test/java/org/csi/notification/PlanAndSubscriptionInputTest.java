package org.csi.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The default plan learnt from csi.initiative.created, and bad plans and subscriptions refused with the field. */
@QuarkusTest
@CsiStackTest("notification-service")
@AsAdmin
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class PlanAndSubscriptionInputTest {

    @InjectCsiStack
    CsiStack stack;

    @InjectGreenMail
    GreenMail greenMail;

    @Test
    void initiativeWithoutPlanTellsOwnerAndStakeholdersByMail() {
        // csi.initiative.created is no event told at once: it reaches them in the default plan's digest (tests run
        // with digest periods of 2 s)
        UUID initiativeId = UUID.randomUUID();
        String tag = initiativeId.toString().substring(0, 8);
        String owner = "owner-" + tag + "@example.org";
        String stakeholder = "desk-" + tag + "@example.org";
        Events.publish(stack.bootstrapServers(), CsiEventType.INITIATIVE_CREATED, UUID.randomUUID().toString(),
                initiativeId, Events.payload(CsiEventType.INITIATIVE_CREATED, Map.of(
                        "initiativeId", initiativeId.toString(), "title", "Faster restore " + tag, "owner", owner,
                        "stakeholders", List.of(Map.of("name", "Desk", "email", stakeholder, "role", "Service Desk")))));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .queryParam("initiativeId", initiativeId).queryParam("eventType", "csi.digest")
                .get("/api/v1/communications")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].audience", equalTo("initiative-stakeholders"))
                .body("items[0].channel", equalTo("EMAIL"))
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].sections.serviceImplications", notNullValue()));
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> TargetMissedCommunicationTest.subject(m).startsWith("CSI daily digest: Faster "
                        + "restore " + tag)).count() >= 2);
        List<String> recipients = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> TargetMissedCommunicationTest.subject(m).contains("Faster restore " + tag))
                .flatMap(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).map(Object::toString);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).distinct().toList();
        assertTrue(recipients.containsAll(List.of(owner, stakeholder)), "owner and stakeholder got it: " + recipients);

        given().get("/api/v1/initiatives/" + initiativeId + "/communication-plan").then().statusCode(200)
                .body("custom", equalTo(false))
                .body("audiences[0].channel", equalTo("EMAIL"))
                .body("audiences[0].addresses", containsInAnyOrder(owner, stakeholder));
    }

    @Test
    void badPlansAreProblemsNamingTheFieldAndStoreNothing() {
        UUID initiativeId = UUID.randomUUID();
        String path = "/api/v1/initiatives/" + initiativeId + "/communication-plan";
        rejected(path, plan("{\"name\": \"a\", \"kind\": \"STAFF\", \"channel\": \"EMAIL\", \"addresses\": [\"not-an-address\"]}"))
                .body("errors.field", hasItem("audiences[0].addresses[0]"));
        rejected(path, plan(webhook("ftp://hooks.example.com/csi"))).body("errors.field", hasItem("audiences[0].url"));
        rejected(path, plan(webhook("http://169.254.169.254/latest/meta-data")))
                .body("errors.field", hasItem("audiences[0].url"));
        rejected(path, plan(webhook("http://metadata.google.internal/computeMetadata/v1")))
                .body("errors.field", hasItem("audiences[0].url"));
        rejected(path, plan(webhook("http://[fe80::1]/hook"))).body("errors.field", hasItem("audiences[0].url"));
        rejected(path, plan(webhook("http://169.254.10.20/hook"))).body("errors.field", hasItem("audiences[0].url"));
        rejected(path, plan("{\"name\": \"a\", \"kind\": \"STAFF\", \"channel\": \"FEED\", \"eventTypes\": [\"csi.world.ended\"]}"))
                .body("errors.field", hasItem("audiences[0].eventTypes[0]"));
        rejected(path, "{\"audiences\": []}").body("errors.field", hasItem("audiences"));
        rejected(path, plan("{\"name\": \"a\", \"kind\": \"ALIENS\", \"channel\": \"FEED\"}"));
        given().get(path).then().statusCode(200).body("custom", equalTo(false));

        int before = given().get("/api/v1/subscriptions?size=1").then().statusCode(200).extract().path("totalItems");
        rejected("/api/v1/subscriptions", "{\"url\": \"gopher://example.com/\"}", true).body("errors.field", hasItem("url"));
        rejected("/api/v1/subscriptions", "{\"url\": \"http://169.254.169.254/\"}", true).body("errors.field", hasItem("url"));
        rejected("/api/v1/subscriptions", "{\"url\": \"https://example.com/h\", \"eventTypes\": [\"csi.nope\"]}", true)
                .body("errors.field", hasItem("eventTypes[0]"));
        rejected("/api/v1/subscriptions", "{\"url\": \"https://example.com/h\", \"secret\": \"plain\"}", true)
                .body("errors.field", hasItem("secret"));
        rejected("/api/v1/subscriptions", "{\"eventTypes\": []}", true).body("errors.field", hasItem("url"));
        assertEquals(before, (int) given().get("/api/v1/subscriptions?size=1").then().extract().path("totalItems"),
                "a refused subscription is not stored");
        given().get("/api/v1/feed").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/subscriptions/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void planIsReplacedWithIfMatchAndKeepsItsWebhookSecret() {
        String path = "/api/v1/initiatives/" + UUID.randomUUID() + "/communication-plan";
        var created = given().contentType(ContentType.JSON).body(plan(webhook("https://itsm.example.com/hooks/csi")))
                .put(path).then().statusCode(201).extract();
        String secret = created.path("audiences[0].secret");
        String etag = created.header("ETag");
        given().get(path).then().statusCode(200).body("custom", equalTo(true))
                .body("audiences[0].secret", equalTo(null));
        var replaced = given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"audiences\": [" + webhook("https://itsm.example.com/hooks/csi") + ", "
                        + "{\"name\": \"staff\", \"kind\": \"STAFF\", \"channel\": \"FEED\"}]}")
                .put(path).then().statusCode(200).body("audiences.size()", equalTo(2)).extract();
        assertEquals(secret, replaced.path("audiences[0].secret"), "the audience kept its secret");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(plan(webhook("https://x.example.com/h")))
                .put(path).then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void openApiDescribesEveryOperationWithExamples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/subscriptions'.post.summary", equalTo("Subscribe a webhook"))
                .body("paths.'/api/v1/initiatives/{initiativeId}/communication-plan'.put.responses.'400'.content"
                        + ".'application/problem+json'", notNullValue())
                .body("paths.'/api/v1/feed'.get.summary", equalTo("Read an audience's feed"))
                .body("paths.'/api/v1/communications'.get.summary", equalTo("List communications"))
                .body("components.schemas.SubscriptionRequest.examples[0].url",
                        equalTo("https://integration.example.com/csi-events"))
                .body("components.schemas.CommunicationPlanRequest.examples[0].audiences.kind", hasItem("SERVICE_DESK"));
    }

    private static String plan(String audience) {
        return "{\"audiences\": [" + audience + "]}";
    }

    private static String webhook(String url) {
        return "{\"name\": \"hook\", \"kind\": \"PROCESS_OWNERS\", \"channel\": \"WEBHOOK\", \"url\": \"" + url + "\"}";
    }

    private static ValidatableResponse rejected(String path, String body) {
        return rejected(path, body, false);
    }

    private static ValidatableResponse rejected(String path, String body, boolean post) {
        var request = given().contentType(ContentType.JSON).body(body);
        return (post ? request.post(path) : request.put(path)).then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
    }
}
