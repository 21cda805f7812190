package org.csi.sip.itsm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * References from SIPs and actions to ITSM records through the HTTP API, the ref filter, and the change-request flow
 * an ITSM tool follows: csi.change.requested on the broker, the change linked back to the action.
 */
@QuarkusTest
@CsiStackTest("sip-service")
@AsAdmin
class ItsmReferenceTest {

    static final String FUTURE = LocalDate.now().plusDays(30).toString();

    @InjectCsiStack
    CsiStack stack;

    static String problem() {
        return "PRB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String ref(String system, String type, String id) {
        return "{\"system\": \"%s\", \"type\": \"%s\", \"id\": \"%s\", \"url\": \"https://itsm.example.com/%s\", "
                .formatted(system, type, id, id) + "\"title\": \"Relay drops mail\"}";
    }

    static String sip(UUID initiative, String references, String actionReferences) {
        return """
                {"title": "Cut e-mail restore time", "initiativeId": "%s", "initiativeTitle": "Stabilise e-mail",
                 "service": "email", "owner": "maria@example.com", "references": %s,
                 "actions": [{"description": "Add a second mail relay", "dueDate": "%s", "references": %s},
                             {"description": "Train the service desk", "dueDate": "%s"}]}"""
                .formatted(initiative, references, FUTURE, actionReferences, FUTURE);
    }

    static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    @Test
    void raisedWithReferencesTheyAreStoredReturnedAndPublished() throws Exception {
        String prb = problem();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            String id = post("/api/v1/sips", sip(UUID.randomUUID(), "[" + ref("servicenow", "PROBLEM", prb) + "]",
                    "[" + ref("servicenow", "KNOWLEDGE", "KB0010042") + "]")).statusCode(201)
                    .body("references.ref", equalTo(List.of("servicenow:problem:" + prb)),
                            "references[0].url", equalTo("https://itsm.example.com/" + prb),
                            "references[0].title", equalTo("Relay drops mail"),
                            "actions[0].references.ref", equalTo(List.of("servicenow:knowledge:KB0010042")),
                            "actions[1].references", hasSize(0), "actions[0].changeRequest", nullValue())
                    .extract().path("id");
            List<ConsumerRecord<String, String>> drafted = probe.await(r -> id.equals(TopicProbe.header(r,
                    "ce_subject")), 1, Duration.ofSeconds(20));
            ContractCheck.assertConforms(drafted);
            JsonNode payload = new ObjectMapper().readTree(drafted.get(0).value());
            assertEquals(prb, payload.path("references").get(0).path("id").asText());
            assertEquals("PROBLEM", payload.path("references").get(0).path("type").asText());

            // PATCH replaces the references when it names them, and leaves them when it does not.
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"title\": \"Cut MTTR\"}")
                    .patch("/api/v1/sips/" + id).then().statusCode(200).body("references", hasSize(1));
            given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body("{\"references\": [" + ref("jira", "INCIDENT", "OPS-7") + "]}")
                    .patch("/api/v1/sips/" + id).then().statusCode(200)
                    .body("references.ref", equalTo(List.of("jira:incident:OPS-7")));
            String action = given().get("/api/v1/sips/" + id).then().extract().path("actions[1].id");
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"references\": [" + ref("servicenow", "REQUEST", "RITM001") + "]}")
                    .patch("/api/v1/sips/" + id + "/actions/" + action).then().statusCode(200)
                    .body("actions[1].references.ref", equalTo(List.of("servicenow:request:RITM001")));
            post("/api/v1/sips/" + id + "/actions", "{\"description\": \"Monitor the relay\", \"references\": ["
                    + ref("servicenow", "CHANGE", "CHG7") + "]}").statusCode(201)
                    .body("actions[2].references.ref", equalTo(List.of("servicenow:change:CHG7")));
        }
    }

    @Test
    void theListFiltersByReferenceOfTheSipOrOfOneOfItsActions() {
        String prb = problem();
        UUID initiative = UUID.randomUUID();
        String direct = post("/api/v1/sips", sip(initiative, "[" + ref("servicenow", "PROBLEM", prb) + "]", "[]"))
                .statusCode(201).extract().path("id");
        String viaAction = post("/api/v1/sips", sip(initiative, "[]", "[" + ref("servicenow", "PROBLEM", prb)
                + "]")).statusCode(201).extract().path("id");
        post("/api/v1/sips", sip(initiative, "[" + ref("jira", "PROBLEM", prb) + "]", "[]")).statusCode(201);
        post("/api/v1/sips", sip(initiative, "[]", "[]")).statusCode(201);

        given().queryParam("ref", "servicenow:problem:" + prb).get("/api/v1/sips").then().statusCode(200)
                .body("totalItems", equalTo(2), "items.id", equalTo(List.of(viaAction, direct)));
        given().queryParam("ref", "servicenow:Problem:" + prb).queryParam("initiativeId", initiative.toString())
                .get("/api/v1/sips").then().statusCode(200).body("totalItems", equalTo(2));
        given().queryParam("ref", "servicenow:incident:" + prb).get("/api/v1/sips").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void malformedRefAndBadReferencesAre400Problems() {
        for (String bad : List.of("servicenow:problem", "servicenow:epic:PRB1", "SN:problem:PRB1",
                "servicenow:problem:PRB/1", "servicenow::PRB1", "x".repeat(300))) {
            given().queryParam("ref", bad).get("/api/v1/sips").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(containsString("ref")));
        }
        UUID initiative = UUID.randomUUID();
        String many = IntStream.range(0, 51).mapToObj(i -> ref("servicenow", "INCIDENT", "INC" + i))
                .collect(Collectors.joining(", ", "[", "]"));
        post("/api/v1/sips", sip(initiative, many, "[]")).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("references"));
        post("/api/v1/sips", sip(initiative, "[]", many)).statusCode(400)
                .body("errors.field", hasItem("actions[0].references"));
        post("/api/v1/sips", sip(initiative, "[" + ref("servicenow", "PROBLEM", "P1").replace("https://",
                "file:///") + "]", "[]")).statusCode(400).body("errors.field", hasItem("references[0].url"));
        post("/api/v1/sips", sip(initiative, "[" + ref("servicenow", "PROBLEM", "P1") + ", "
                + ref("servicenow", "PROBLEM", "P1") + "]", "[]")).statusCode(400)
                .body("errors.field", hasItem("references[1]"));
        post("/api/v1/sips", sip(initiative, "[null]", "[]")).statusCode(400);
        String id = post("/api/v1/sips", sip(initiative, "[]", "[]")).statusCode(201).extract().path("id");
        post("/api/v1/sips/" + id + "/references", "{\"system\": \"servicenow\", \"type\": \"PROBLEM\"}")
                .statusCode(400).body("errors.field", hasItem("id"));
        post("/api/v1/sips/" + id + "/references", ref("servicenow", "PROBLEM", "P1").replace("https://",
                "http://")).statusCode(201);
        given().delete("/api/v1/sips/" + id + "/references/servicenow-problem-P1").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anItsmToolRaisesTheRequestedChangeAndLinksItBack() throws Exception {
        String prb = problem();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            UUID initiative = UUID.randomUUID();
            var created = post("/api/v1/sips", sip(initiative, "[" + ref("servicenow", "PROBLEM", prb) + "]",
                    "[" + ref("servicenow", "KNOWLEDGE", "KB0010042") + "]")).statusCode(201).extract();
            String id = created.path("id");
            String action = created.path("actions[0].id");
            String base = "/api/v1/sips/" + id + "/actions/" + action;

            // The requester is the caller; a name in the body is refused.
            post(base + "/change-request", "{\"requestedBy\": \"mallory@example.com\"}").statusCode(400)
                    .body("errors.field", hasItem("requestedBy"));
            String requestId = given().contentType(ContentType.JSON)
                    .header("Authorization", "Bearer " + TestTokens.forSubject("maria@example.com", "csi-manager"))
                    .body("{\"note\": \"Standard change should fit\"}").post(base + "/change-request").then()
                    .statusCode(202)
                    .body("actions[0].changeRequest.status", equalTo("PENDING"),
                            "actions[0].changeRequest.requestedBy", equalTo("maria@example.com"),
                            "actions[0].changeRequest.note", equalTo("Standard change should fit"),
                            "actions[0].changeRequest.change", nullValue())
                    .extract().path("actions[0].changeRequest.requestId");
            // Asking again while pending is a conflict.
            post(base + "/change-request", "{}").statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString(requestId));

            List<ConsumerRecord<String, String>> requested = probe.await(
                    TopicProbe.ofType("csi.change.requested").and(r -> action.equals(TopicProbe.header(r,
                            "ce_subject"))), 1, Duration.ofSeconds(20));
            assertEquals(1, requested.size());
            ContractCheck.assertConforms(requested);
            assertEquals(initiative.toString(), requested.get(0).key());
            JsonNode change = new ObjectMapper().readTree(requested.get(0).value());
            assertEquals(requestId, change.path("requestId").asText());
            assertEquals(id, change.path("sipId").asText());
            assertEquals(action, change.path("actionId").asText());
            assertEquals(initiative.toString(), change.path("initiativeId").asText());
            assertEquals("Stabilise e-mail", change.path("initiativeTitle").asText());
            assertEquals("Add a second mail relay", change.path("actionDescription").asText());
            assertEquals(prb, change.path("references").get(0).path("id").asText());
            assertEquals("KB0010042", change.path("actionReferences").get(0).path("id").asText());
            assertEquals("maria@example.com", change.path("actor").asText());
            assertEquals("Standard change should fit", change.path("note").asText());

            // The ITSM tool links its change back to the action, as many times as it retries.
            post(base + "/references", ref("servicenow", "CHANGE", "CHG0030001")).statusCode(201)
                    .header("Location", containsString(base + "/references/servicenow:change:CHG0030001"))
                    .body("actions[0].changeRequest.status", equalTo("LINKED"),
                            "actions[0].changeRequest.change.ref", equalTo("servicenow:change:CHG0030001"),
                            "actions[0].references.ref", equalTo(List.of("servicenow:knowledge:KB0010042",
                                    "servicenow:change:CHG0030001")));
            post(base + "/references", ref("servicenow", "CHANGE", "CHG0030001")).statusCode(200)
                    .body("actions[0].references", hasSize(2));
            // The change is found from the ITSM side, and the action may ask for the next change.
            given().queryParam("ref", "servicenow:change:CHG0030001").get("/api/v1/sips").then()
                    .body("items.id", equalTo(List.of(id)));
            String second = post(base + "/change-request", "{}").statusCode(202)
                    .body("actions[0].changeRequest.status", equalTo("PENDING"))
                    .extract().path("actions[0].changeRequest.requestId");
            org.junit.jupiter.api.Assertions.assertNotEquals(requestId, second);
            given().get("/api/v1/sips/" + id + "/history").then().statusCode(200)
                    .body("items.action", hasItem("CHANGE_REQUESTED"), "items.action", hasItem("REFERENCE_ADDED"));

            // Unlinking, and the SIP's own references.
            given().delete(base + "/references/servicenow:change:CHG0030001").then().statusCode(200)
                    .body("actions[0].references", hasSize(1));
            given().delete(base + "/references/servicenow:change:CHG0030001").then().statusCode(404)
                    .contentType("application/problem+json");
            post("/api/v1/sips/" + id + "/references", ref("servicenow", "INCIDENT", "INC0012345")).statusCode(201)
                    .body("references", hasSize(2), "references[1].addedBy", notNullValue());
            given().delete("/api/v1/sips/" + id + "/references/servicenow:incident:INC0012345").then()
                    .statusCode(200).body("references", hasSize(1));
            post("/api/v1/sips/" + id + "/actions/" + UUID.randomUUID() + "/change-request", "{}").statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void onlyAnOpenActionOfAnOpenSipAsksForAChange() {
        var created = post("/api/v1/sips", sip(UUID.randomUUID(), "[]", "[]")).statusCode(201).extract();
        String id = created.path("id");
        String action = created.path("actions[1].id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"status\": \"DROPPED\", \"note\": \"not needed\"}")
                .patch("/api/v1/sips/" + id + "/actions/" + action).then().statusCode(200);
        post("/api/v1/sips/" + id + "/actions/" + action + "/change-request", "{}").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("DROPPED"));
    }
}
