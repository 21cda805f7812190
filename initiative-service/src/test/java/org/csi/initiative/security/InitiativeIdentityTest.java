package org.csi.initiative.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 12's probe against initiative-service: the reviewer of a checkpoint and every actor in an initiative's history
 * is the token's caller, never a name in the body; only a csi-admin acts on behalf of someone, and then both names
 * are recorded.
 */
@QuarkusTest
@CsiStackTest("initiative-service")
class InitiativeIdentityTest {

    @InjectCsiStack
    CsiStack stack;

    @Test
    void theReviewerAndTheHistoryNameTheCallerNeverTheBody() {
        String owner = TestTokens.forSubject("owner@example.com", "csi-manager");
        String mallory = TestTokens.forSubject("mallory@example.com", "csi-manager");
        String id = post(owner, "/api/v1/initiatives", """
                {"title": "Identity probe", "vision": "Restore e-mail within 4 hours", "focusAreas": ["SERVICE_QUALITY"],
                 "owner": "jane.doe@example.com", "services": ["email"]}""", 201).extract().path("id");
        String objective = post(owner, "/api/v1/initiatives/" + id + "/objectives", """
                {"name": "MTTR", "kpiKey": "incident.mttr.hours", "service": "email", "baselineValue": 8,
                 "targetValue": 4, "direction": "LOWER_IS_BETTER", "horizon": "SHORT_TERM", "dueDate": "2099-06-30"}""",
                201).extract().path("id");
        String checkpoint = post(owner, "/api/v1/initiatives/" + id + "/checkpoints",
                "{\"dueAt\": \"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}", 201).extract().path("id");
        String review = "/api/v1/initiatives/" + id + "/checkpoints/" + checkpoint + "/review";

        post(mallory, review, "{\"reviewedBy\": \"alice@example.com\"}", 400).body("errors.field", hasItem("reviewedBy"));
        post(mallory, review, "{\"onBehalfOf\": \"alice@example.com\"}", 403)
                .body("type", equalTo("urn:csi:problem:on-behalf-of"));
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            post(mallory, review, "{\"wentWell\": \"ok\"}", 200)
                    .body("reviewedBy", equalTo("mallory@example.com"), "reviewedOnBehalfOf", nullValue());
            List<ConsumerRecord<String, String>> reviewed = probe.await(r -> checkpoint.equals(
                    TopicProbe.header(r, "ce_subject")), 1, Duration.ofSeconds(60));
            ContractCheck.assertConforms(reviewed);
            assertTrue(reviewed.get(0).value().contains("\"actor\":\"mallory@example.com\""), reviewed.get(0).value());
        }

        history(id).body("items.action", equalTo(List.of("CREATED", "SET", "PLANNED", "REVIEWED")),
                "items.aggregateType", equalTo(List.of("INITIATIVE", "OBJECTIVE", "CHECKPOINT", "CHECKPOINT")),
                "items.aggregateId", equalTo(List.of(id, objective, checkpoint, checkpoint)),
                "items.actor", equalTo(List.of("owner@example.com", "owner@example.com", "owner@example.com",
                        "mallory@example.com")),
                "items.actor", not(hasItem("alice@example.com")), "totalItems", equalTo(4));
    }

    @Test
    void anAdminReviewsOnBehalfOfSomeoneAndBothNamesAreRecorded() {
        String admin = TestTokens.forSubject("admin@example.com", "csi-admin");
        String id = post(admin, "/api/v1/initiatives", """
                {"title": "On behalf of", "vision": "Restore e-mail within 4 hours", "focusAreas": ["SERVICE_QUALITY"],
                 "owner": "jane.doe@example.com"}""", 201).extract().path("id");
        String checkpoint = post(admin, "/api/v1/initiatives/" + id + "/checkpoints",
                "{\"dueAt\": \"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}", 201).extract().path("id");
        post(admin, "/api/v1/initiatives/" + id + "/checkpoints/" + checkpoint + "/review",
                "{\"onBehalfOf\": \"jane.doe@example.com\"}", 200)
                .body("reviewedBy", equalTo("admin@example.com"), "reviewedOnBehalfOf", equalTo("jane.doe@example.com"));
        history(id).body("items[2].action", equalTo("REVIEWED"), "items[2].actor", equalTo("admin@example.com"),
                "items[2].onBehalfOf", equalTo("jane.doe@example.com"));
        given().header("Authorization", "Bearer " + TestTokens.forRoles("csi-viewer"))
                .get("/api/v1/initiatives/" + UUID.randomUUID() + "/history").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static ValidatableResponse post(String token, String path, String body, int status) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(status);
    }

    private static ValidatableResponse history(String id) {
        return given().header("Authorization", "Bearer " + TestTokens.forRoles("csi-viewer"))
                .get("/api/v1/initiatives/" + id + "/history").then().statusCode(200);
    }
}
