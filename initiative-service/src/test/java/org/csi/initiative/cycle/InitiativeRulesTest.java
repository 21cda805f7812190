package org.csi.initiative.cycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import io.restassured.response.ValidatableResponse;

/** What the API refuses, with which problem, and that a refusal stores nothing; updating and closing. */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class InitiativeRulesTest {

    private static final String GOOD = Api.objective("Restore within 4 hours", "incident.mttr.hours", "email", "8", "4",
            "LOWER_IS_BETTER", "0.5");

    @InjectCsiStack
    CsiStack stack;

    @Test
    void badObjectivesAreProblemsAndStoreNothing() {
        String id = Api.createInitiative("Objective rules", null);
        objective(id, GOOD.replace("\"targetValue\": 4", "\"targetValue\": 9"), 400)
                .body("errors[0].field", equalTo("targetValue")).body("errors[0].message", containsString("below"));
        objective(id, GOOD.replace("\"targetValue\": 4", "\"targetValue\": 8"), 400)
                .body("errors[0].field", equalTo("targetValue"));
        objective(id, GOOD.replace("LOWER_IS_BETTER", "HIGHER_IS_BETTER"), 400)
                .body("errors[0].field", equalTo("targetValue")).body("errors[0].message", containsString("above"));
        objective(id, GOOD.replace("\"tolerance\": 0.5", "\"tolerance\": -1"), 400).body("errors.field", hasItem("tolerance"));
        objective(id, GOOD.replace("LOWER_IS_BETTER", "SIDEWAYS"), 400)
                .body("errors[0].field", equalTo("direction")).body("errors[0].message", containsString("LOWER_IS_BETTER"));
        objective(id, GOOD.replace("SHORT_TERM", "FOREVER"), 400).body("errors[0].field", equalTo("horizon"));
        objective(id, GOOD.replace("2099-06-30", LocalDate.now().minusDays(1).toString()), 400)
                .body("errors.field", hasItem("dueDate"));
        objective(id, GOOD.replace("\"kpiKey\": \"incident.mttr.hours\",", ""), 400).body("errors.field", hasItem("kpiKey"));
        objective(id, GOOD.replace("\"targetValue\": 4,", ""), 400).body("errors.field", hasItem("targetValue"));
        objective(id, "{\"name\": ", 400).body("title", equalTo("Malformed JSON"));
        given().contentType(ContentType.JSON).body(GOOD).post("/api/v1/initiatives/5b0c8f7e-3f7a-4c53-9d35-1a0c5e2b9f10/objectives")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/initiatives/" + id + "/objectives").then().statusCode(200).body("$", hasSize(0));

        // Idempotency-Key: a retry returns the first objective, not a second one
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "obj-1").body(GOOD)
                .post("/api/v1/initiatives/" + id + "/objectives").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "obj-1").body(GOOD)
                .post("/api/v1/initiatives/" + id + "/objectives")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().get("/api/v1/initiatives/" + id + "/objectives").then().statusCode(200).body("$", hasSize(1));

        given().contentType(ContentType.JSON).body("{\"dueAt\": \"" + Instant.now().minus(1, ChronoUnit.DAYS) + "\"}")
                .post("/api/v1/initiatives/" + id + "/checkpoints")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("dueAt"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/initiatives/" + id + "/checkpoints")
                .then().statusCode(400).body("errors.field", hasItem("dueAt"));
        given().get("/api/v1/initiatives/" + id + "/checkpoints").then().statusCode(200).body("$", hasSize(0));
        given().queryParam("cycle", 2).get("/api/v1/initiatives/" + id + "/progress")
                .then().statusCode(400).body("errors[0].field", equalTo("cycle"));
    }

    @Test
    void updateNeedsTheCurrentVersionAndPublishesTheNewState() {
        String id = Api.createInitiative("Before update", "P30D");
        String changed = Api.initiative("After update", "P14D");
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            given().contentType(ContentType.JSON).body(changed).put("/api/v1/initiatives/" + id)
                    .then().statusCode(428).contentType("application/problem+json");
            given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed).put("/api/v1/initiatives/" + id)
                    .then().statusCode(412).contentType("application/problem+json");
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed.replace("P14D", "fortnightly"))
                    .put("/api/v1/initiatives/" + id).then().statusCode(400).body("errors.field", hasItem("reviewCadence"));
            given().get("/api/v1/initiatives/" + id).then().body("title", equalTo("Before update")).header("ETag", "\"0\"");

            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).put("/api/v1/initiatives/" + id)
                    .then().statusCode(200).header("ETag", "\"1\"")
                    .body("title", equalTo("After update"), "reviewCadence", equalTo("P14D"), "version", equalTo(1));
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).put("/api/v1/initiatives/" + id)
                    .then().statusCode(412);

            List<ConsumerRecord<String, String>> updated = probe.await(r -> id.equals(r.key())
                    && "csi.initiative.updated".equals(TopicProbe.header(r, "ce_type")), 1, Duration.ofSeconds(60));
            assertEquals(1, updated.size());
            assertEquals(id, TopicProbe.header(updated.get(0), "ce_subject"));
            ContractCheck.assertConforms(updated);
        }
        // the new cadence re-planned the scheduled checkpoint: one pending, about 14 days ahead
        String due = given().get("/api/v1/initiatives/" + id + "/checkpoints?status=PENDING").then().statusCode(200)
                .body("$", hasSize(1)).extract().path("[0].dueAt");
        long days = Duration.between(Instant.now(), Instant.parse(due)).toDays();
        assertEquals(13, days, "due in P14D");
    }

    @Test
    void closedInitiativeTakesNoMoreObjectivesCheckpointsOrCycles() {
        String id = Api.createInitiative("To be closed", "P30D");
        String objective = Api.setObjective(id, GOOD.replace("\"service\": \"email\"", "\"service\": \"" + Api.unique("email") + "\""));
        given().contentType(ContentType.JSON).body("{\"raisedTargets\": [{\"objectiveId\": \"" + objective
                + "\", \"targetValue\": 3}]}").post("/api/v1/initiatives/" + id + "/cycles")
                .then().statusCode(400).body("errors[0].field", equalTo("raisedTargets[0].objectiveId"));
        given().get("/api/v1/initiatives/" + id).then().body("cycle", equalTo(1));

        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body("{\"reason\": \"done\"}")
                    .post("/api/v1/initiatives/" + id + "/close").then().statusCode(412);
            given().contentType(ContentType.JSON).body("{\"reason\": \"Handed over to operations\"}")
                    .post("/api/v1/initiatives/" + id + "/close")
                    .then().statusCode(200).body("status", equalTo("CLOSED"));
            List<ConsumerRecord<String, String>> closed = probe.await(r -> id.equals(r.key())
                    && "csi.initiative.closed".equals(TopicProbe.header(r, "ce_type")), 1, Duration.ofSeconds(60));
            assertEquals(1, closed.size());
            assertEquals(id, TopicProbe.header(closed.get(0), "ce_subject"));
            ContractCheck.assertConforms(closed);
        }
        objective(id, GOOD, 409).body("detail", containsString("CLOSED"));
        given().contentType(ContentType.JSON).body("{\"dueAt\": \"" + Instant.now().plusSeconds(3600) + "\"}")
                .post("/api/v1/initiatives/" + id + "/checkpoints").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/initiatives/" + id + "/cycles").then().statusCode(409);
        given().contentType(ContentType.JSON).post("/api/v1/initiatives/" + id + "/close").then().statusCode(409); // body optional
        given().contentType(ContentType.JSON).header("If-Match", "*").body(Api.initiative("Reopened?", null))
                .put("/api/v1/initiatives/" + id).then().statusCode(409);
        given().get("/api/v1/initiatives/" + id + "/objectives").then().body("$", hasSize(1));
        given().get("/api/v1/initiatives/" + id + "/checkpoints").then()
                .body("status", hasItem("CANCELLED")).body("findAll { it.status == 'PENDING' }", hasSize(0));
        given().queryParam("status", "CLOSED").get("/api/v1/initiatives?size=200").then()
                .body("items.id", hasItem(id));
    }

    @Test
    void everyOperationIsDocumented() {
        io.restassured.path.json.JsonPath api = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, Object>> paths = api.getMap("paths");
        for (String path : List.of("/api/v1/initiatives/{id}", "/api/v1/initiatives/{id}/close",
                "/api/v1/initiatives/{id}/objectives", "/api/v1/initiatives/{id}/checkpoints/{checkpointId}/review",
                "/api/v1/initiatives/{id}/cycles", "/api/v1/initiatives/{id}/progress", "/api/v1/latest-measurements")) {
            org.junit.jupiter.api.Assertions.assertTrue(paths.containsKey(path), path + " is in the OpenAPI document");
        }
        java.util.Set<String> operationIds = new java.util.HashSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                return; // path-level parameters
            }
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> operation = (java.util.Map<String, Object>) value;
            String where = method.toUpperCase() + " " + path;
            org.junit.jupiter.api.Assertions.assertNotNull(operation.get("summary"), where + " has a summary");
            org.junit.jupiter.api.Assertions.assertNotNull(operation.get("description"), where + " has a description");
            org.junit.jupiter.api.Assertions.assertTrue(operationIds.add(String.valueOf(operation.get("operationId"))),
                    where + " has a unique operationId");
        }));
    }

    private static ValidatableResponse objective(String initiativeId, String body, int status) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/initiatives/" + initiativeId + "/objectives")
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status), "title", notNullValue());
    }
}
