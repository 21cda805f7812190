package org.csi.initiative.foundation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** POST /api/v1/initiatives against the real database and broker: the event, its contract, and bad input. */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class InitiativeCreationTest {

    static final String VALID = """
            {"title": "Stabilise e-mail", "vision": "E-mail incidents restored within 4 hours",
             "focusAreas": ["SERVICE_QUALITY", "CUSTOMER_SATISFACTION"], "owner": "jane.doe@example.com",
             "services": ["email"], "processes": ["Incident Management"], "reviewCadence": "P30D"}""";

    @InjectCsiStack
    CsiStack stack;

    @Test
    void createdInitiativeIsStoredAndPublishedAsContractConformingCloudEvent() {
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            String id = given().contentType(ContentType.JSON).body(VALID)
                    .when().post("/api/v1/initiatives")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/initiatives/"))
                    .header("ETag", "\"0\"")
                    .body("cycle", equalTo(1), "status", equalTo("ACTIVE"), "lifecyclePhase", equalTo("SERVICE_OPERATION"))
                    .extract().path("id");

            given().when().get("/api/v1/initiatives/" + id)
                    .then().statusCode(200).body("title", equalTo("Stabilise e-mail"), "focusAreas",
                            hasItem("CUSTOMER_SATISFACTION"));

            List<ConsumerRecord<String, String>> events = probe.await(
                    r -> id.equals(r.key()) && "csi.initiative.created".equals(TopicProbe.header(r, "ce_type")), 1,
                    Duration.ofSeconds(20));
            assertEquals(1, events.size());
            ConsumerRecord<String, String> event = events.get(0);
            assertEquals(id, TopicProbe.header(event, "ce_subject"));
            assertEquals("/csi/initiative-service", TopicProbe.header(event, "ce_source"));
            ContractCheck.assertConforms(events);
        }
    }

    @Test
    void idempotencyKeyMakesRetriesSafe() {
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "itsm-4711").body(VALID)
                .post("/api/v1/initiatives").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "itsm-4711").body(VALID)
                .post("/api/v1/initiatives")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "itsm-4711")
                .body(VALID.replace("Stabilise e-mail", "Another"))
                .post("/api/v1/initiatives")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        int before = total();
        rejected(VALID.replace("\"title\": \"Stabilise e-mail\",", ""), 400).body("errors.field", hasItem("title"));
        rejected(VALID.replace("\"SERVICE_QUALITY\"", "\"WORLD_PEACE\""), 400)
                .body("errors[0].field", equalTo("focusAreas[0]"))
                .body("errors[0].message", containsString("SERVICE_QUALITY"));
        rejected(VALID.replace("[\"SERVICE_QUALITY\", \"CUSTOMER_SATISFACTION\"]", "[]"), 400)
                .body("errors.field", hasItem("focusAreas"));
        rejected(VALID.replace("P30D", "monthly"), 400).body("errors.field", hasItem("reviewCadence"));
        rejected("{\"title\": \"broken", 400).body("title", equalTo("Malformed JSON"));
        rejected("", 400);
        rejected("{\"title\": \"" + "x".repeat(2_000_000) + "\"}", 413);
        given().contentType(ContentType.TEXT).body(VALID).post("/api/v1/initiatives")
                .then().statusCode(415).contentType("application/problem+json");
        given().get("/api/v1/initiatives/5b0c8f7e-3f7a-4c53-9d35-1a0c5e2b9f10")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().get("/api/v1/initiatives/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().post("/api/v1/initiatives") // no body, no content type: treated as empty JSON, so a validation problem
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, total(), "a rejected request stored nothing");
    }

    private static io.restassured.response.ValidatableResponse rejected(String body, int status) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status), "title", notNullValue());
    }

    private static int total() {
        return given().get("/api/v1/initiatives?size=1").then().statusCode(200).extract().path("totalItems");
    }
}
