package org.csi.sip;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Manual SIPs and the lifecycle through the HTTP API, with the events on the real broker. */
@QuarkusTest
@CsiStackTest("sip-service")
@AsAdmin
class SipLifecycleTest {

    static final String FUTURE = LocalDate.now().plusDays(30).toString();

    /** The approver: a CSI manager other than the default caller (csi-admin), so four-eyes lets the approval pass. */
    static String cio() {
        return TestTokens.forSubject("cio@example.com", "csi-manager");
    }

    @InjectCsiStack
    CsiStack stack;

    @Inject
    EntityManager em;

    static String manual(UUID initiative, String owner) {
        return """
                {"title": "Cut e-mail restore time", "initiativeId": "%s", "focusAreas": ["SERVICE_QUALITY"],
                 "service": "email", "kpiKey": "incident.mttr.hours", "targetValue": 4, "actualValue": 4.4,
                 "direction": "LOWER_IS_BETTER", "owner": "%s", "targetCompletionDate": "%s",
                 "actions": [{"description": "Introduce a major-incident procedure", "dueDate": "%s"},
                             {"description": "Train the service desk", "owner": "sd@example.com", "dueDate": "%s"}]}"""
                .formatted(initiative, owner, FUTURE, FUTURE, FUTURE);
    }

    @Test
    void fullLifecycleRecordsWhoAndWhenAndPublishesEachEvent() {
        UUID initiative = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            var created = given().contentType(ContentType.JSON).body(manual(initiative, "maria@example.com"))
                    .post("/api/v1/sips").then().statusCode(201)
                    .header("Location", containsString("/api/v1/sips/")).header("ETag", "\"0\"")
                    .body("status", equalTo("DRAFT"), "origin", equalTo("MANUAL"),
                            "priority", equalTo("MEDIUM"), "gapSize", equalTo(0.4f), "actions", hasSize(2),
                            "actions[0].owner", equalTo("maria@example.com"), "actions[1].owner", equalTo("sd@example.com"))
                    .extract();
            String id = created.path("id");
            String action1 = created.path("actions[0].id");
            String action2 = created.path("actions[1].id");

            // Updates need the current ETag.
            given().contentType(ContentType.JSON).body("{\"title\": \"Cut e-mail MTTR to 4 h\"}")
                    .patch("/api/v1/sips/" + id).then().statusCode(428).contentType("application/problem+json");
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"title\": \"Cut e-mail MTTR to 4 h\", \"priority\": \"HIGH\"}")
                    .patch("/api/v1/sips/" + id).then().statusCode(200).header("ETag", "\"1\"")
                    .body("title", equalTo("Cut e-mail MTTR to 4 h"), "priority", equalTo("HIGH"));
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"title\": \"stale\"}")
                    .patch("/api/v1/sips/" + id).then().statusCode(412).contentType("application/problem+json");

            transition(id, "start", "{}", 409); // DRAFT cannot start
            transition(id, "approve", "{}", cio(), 409); // not yet submitted
            transition(id, "submit", "{\"note\": \"ready\"}", 200)
                    .body("status", equalTo("SUBMITTED"));
            transition(id, "submit", "{}", 409);
            // The approver is the caller, never a name in the body.
            transition(id, "approve", "{\"approver\": \"cio@example.com\"}", cio(), 400)
                    .body("errors.field", hasItem("approver"));
            transition(id, "approve", "{}", cio(), 200)
                    .body("status", equalTo("APPROVED"), "approvedBy", equalTo("cio@example.com"));
            transition(id, "complete", "{\"resultNote\": \"done\"}", 409);
            transition(id, "start", "{}", 200).body("status", equalTo("IN_PROGRESS"));

            // Completion needs every action DONE or DROPPED and a result note.
            transition(id, "complete", "{\"resultNote\": \"done\"}", 409)
                    .body("detail", containsString("OPEN"));
            transition(id, "complete", "{}", 400).body("errors.field", hasItem("resultNote"));
            patchAction(id, action1, "{\"status\": \"DONE\", \"note\": \"published\"}", 200)
                    .body("progress", equalTo(0.5f));
            patchAction(id, action2, "{\"status\": \"DROPPED\"}", 400).body("errors.field", hasItem("note"));
            patchAction(id, action2, "{\"status\": \"DROPPED\", \"note\": \"covered by action 1\"}", 200)
                    .body("progress", equalTo(1.0f));
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"status\": \"OPEN\"}")
                    .patch("/api/v1/sips/" + id + "/actions/" + action1).then().statusCode(412);
            transition(id, "complete", "{\"resultNote\": \"MTTR at 3.8 h\"}", 200)
                    .body("status", equalTo("COMPLETED"), "resultNote", equalTo("MTTR at 3.8 h"));

            // Closed: no more transitions, edits or actions.
            transition(id, "cancel", "{\"reason\": \"too late\"}", 409);
            given().contentType(ContentType.JSON).body("{\"description\": \"more\", \"dueDate\": \"" + FUTURE + "\"}")
                    .post("/api/v1/sips/" + id + "/actions").then().statusCode(409)
                    .contentType("application/problem+json");
            given().get("/api/v1/sips/" + id).then().statusCode(200)
                    .body("transitions.to", equalTo(List.of("DRAFT", "SUBMITTED", "APPROVED", "IN_PROGRESS", "COMPLETED")),
                            "transitions[2].by", equalTo("cio@example.com"), "transitions[2].at", notNullValue(),
                            "transitions[1].note", equalTo("ready"));

            List<ConsumerRecord<String, String>> events = probe.await(r -> initiative.toString().equals(r.key()), 3,
                    Duration.ofSeconds(60));
            assertEquals(List.of("csi.sip.drafted", "csi.sip.approved", "csi.sip.completed"),
                    events.stream().map(r -> TopicProbe.header(r, "ce_type")).toList());
            ContractCheck.assertConforms(events);
            assertEquals(id, TopicProbe.header(events.get(1), "ce_subject"));
            org.junit.jupiter.api.Assertions.assertTrue(events.get(1).value().contains("\"by\":\"cio@example.com\""));
        }
    }

    @Test
    void cancellingFromAnOpenStatePublishesSipCancelled() {
        UUID initiative = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            String id = given().contentType(ContentType.JSON).body(manual(initiative, "maria@example.com"))
                    .post("/api/v1/sips").then().statusCode(201).extract().path("id");
            transition(id, "submit", "{}", 200);
            transition(id, "cancel", "{}", 400).body("errors.field", hasItem("reason"));
            transition(id, "cancel", "{\"reason\": \"service retired\"}", 200)
                    .body("status", equalTo("CANCELLED"));
            List<ConsumerRecord<String, String>> cancelled = probe.await(TopicProbe.ofType("csi.sip.cancelled"), 1,
                    Duration.ofSeconds(60));
            assertEquals(1, cancelled.size());
            ContractCheck.assertConforms(cancelled);
            org.junit.jupiter.api.Assertions.assertTrue(cancelled.get(0).value().contains("service retired"));
        }
    }

    @Test
    void listFiltersAndOverdueActions() {
        UUID initiative = UUID.randomUUID();
        String owner = "owner-" + UUID.randomUUID() + "@example.com";
        var created = given().contentType(ContentType.JSON).body(manual(initiative, owner)).post("/api/v1/sips")
                .then().statusCode(201).extract();
        String id = created.path("id");
        String otherId = given().contentType(ContentType.JSON).body(manual(UUID.randomUUID(), owner))
                .post("/api/v1/sips").then().statusCode(201).extract().path("id");
        // Time passes: the first action of the first SIP falls due yesterday.
        String actionId = created.path("actions[0].id");
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE sip_action SET due_date = current_date - 1 WHERE id = cast(?1 as uuid)")
                .setParameter(1, actionId).executeUpdate());

        given().get("/api/v1/sips/" + id).then().body("overdue", equalTo(true),
                "overdueActionIds", equalTo(List.of(actionId)), "actions[0].overdue", equalTo(true));
        given().queryParam("owner", owner).queryParam("overdue", true).get("/api/v1/sips").then().statusCode(200)
                .body("totalItems", equalTo(1), "items[0].id", equalTo(id));
        given().queryParam("owner", owner).queryParam("overdue", false).get("/api/v1/sips").then()
                .body("totalItems", equalTo(1), "items[0].id", equalTo(otherId));
        given().queryParam("owner", owner).queryParam("status", "DRAFT").queryParam("service", "email")
                .queryParam("priority", "MEDIUM").queryParam("size", 1).get("/api/v1/sips").then()
                .body("totalItems", equalTo(2), "totalPages", equalTo(2), "items", hasSize(1));
        given().queryParam("owner", owner).queryParam("priority", "CRITICAL").get("/api/v1/sips").then()
                .body("totalItems", equalTo(0));
        given().queryParam("initiativeId", initiative.toString()).get("/api/v1/sips").then()
                .body("totalItems", equalTo(1));
        given().queryParam("status", "FINISHED").get("/api/v1/sips").then().statusCode(404);
    }

    @Test
    void badInputIsAProblemWithTheFieldAndStoresNothing() {
        int before = total();
        String valid = manual(UUID.randomUUID(), "maria@example.com");
        rejected(valid.replace("\"title\": \"Cut e-mail restore time\",", ""), 400).body("errors.field", hasItem("title"));
        rejected(valid.replace("\"owner\": \"maria@example.com\",", ""), 400).body("errors.field", hasItem("owner"));
        rejected(valid.replaceFirst("\"dueDate\": \"" + FUTURE + "\"", "\"dueDate\": \"2020-01-01\""), 400)
                .body("errors.field", hasItem("actions[0].dueDate"));
        rejected(valid.replace("\"targetCompletionDate\": \"" + FUTURE + "\"", "\"targetCompletionDate\": \"2020-01-01\""), 400)
                .body("errors.field", hasItem("targetCompletionDate"));
        rejected(valid.replace("\"SERVICE_QUALITY\"", "\"WORLD_PEACE\""), 400)
                .body("errors[0].field", equalTo("focusAreas[0]"));
        rejected("{\"title\": \"broken", 400).body("title", equalTo("Malformed JSON"));
        rejected("", 400);

        String id = given().contentType(ContentType.JSON).body(valid).post("/api/v1/sips").then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).body("{\"description\": \"late\", \"dueDate\": \"2020-01-01\"}")
                .post("/api/v1/sips/" + id + "/actions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("dueDate"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"title\": \"  \"}")
                .patch("/api/v1/sips/" + id).then().statusCode(400).body("errors.field", hasItem("title"));
        given().get("/api/v1/sips/" + id).then().body("actions", hasSize(2), "title", equalTo("Cut e-mail restore time"));

        String unknown = UUID.randomUUID().toString();
        given().get("/api/v1/sips/" + unknown).then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        transition(unknown, "submit", "{}", 404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"status\": \"DONE\"}")
                .patch("/api/v1/sips/" + id + "/actions/" + unknown).then().statusCode(404);
        assertEquals(before + 1, total(), "only the one valid SIP was stored");
    }

    @Test
    void idempotencyKeyMakesCreateRetriesSafe() {
        String body = manual(UUID.randomUUID(), "maria@example.com");
        String key = "itsm-" + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/sips").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/sips")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }

    private static ValidatableResponse transition(String id, String step, String body, int status) {
        return transition(id, step, body, null, status);
    }

    /** A lifecycle call; with a token, as that caller (else as the default csi-admin). */
    static ValidatableResponse transition(String id, String step, String body, String token, int status) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        ValidatableResponse response = request.post("/api/v1/sips/" + id + "/" + step).then().statusCode(status);
        return status >= 400 ? response.contentType("application/problem+json") : response;
    }

    private static ValidatableResponse patchAction(String id, String actionId, String body, int status) {
        Object version = given().get("/api/v1/sips/" + id).then().extract().jsonPath()
                .get("actions.find { it.id == '" + actionId + "' }.version");
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .patch("/api/v1/sips/" + id + "/actions/" + actionId).then().statusCode(status);
    }

    private static ValidatableResponse rejected(String body, int status) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/sips")
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status), "title", notNullValue());
    }

    private static int total() {
        return given().get("/api/v1/sips?size=1").then().statusCode(200).extract().path("totalItems");
    }
}
