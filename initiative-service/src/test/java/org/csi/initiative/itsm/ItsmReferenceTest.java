package org.csi.initiative.itsm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
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
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** References from initiatives and objectives to ITSM records: create with them, filter by them, link back. */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class ItsmReferenceTest {

    @InjectCsiStack
    CsiStack stack;

    /** A problem number no other test uses, so the filters see only this test's records. */
    static String problem() {
        return "PRB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String ref(String system, String type, String id) {
        return "{\"system\": \"%s\", \"type\": \"%s\", \"id\": \"%s\", \"url\": \"https://itsm.example.com/%s\", "
                .formatted(system, type, id, id) + "\"title\": \"Relay drops mail\"}";
    }

    static String initiative(String references) {
        return """
                {"title": "Stabilise e-mail", "vision": "E-mail incidents restored within 4 hours",
                 "focusAreas": ["SERVICE_QUALITY"], "owner": "jane.doe@example.com", "services": ["email"],
                 "references": %s}""".formatted(references);
    }

    static String objective(String references) {
        return """
                {"name": "Restore within 4 h", "kpiKey": "incident.mttr.hours", "service": "email",
                 "baselineValue": 8, "targetValue": 4, "direction": "LOWER_IS_BETTER", "horizon": "SHORT_TERM",
                 "references": %s}""".formatted(references);
    }

    static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    @Test
    void createdWithReferencesTheyAreStoredReturnedAndPublished() throws Exception {
        String prb = problem();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            String id = post("/api/v1/initiatives", initiative("[" + ref("servicenow", "PROBLEM", prb) + ", "
                    + ref("jira", "INCIDENT", "OPS-42") + "]")).statusCode(201)
                    .body("references", hasSize(2), "references[0].system", equalTo("servicenow"),
                            "references[0].type", equalTo("PROBLEM"), "references[0].id", equalTo(prb),
                            "references[0].ref", equalTo("servicenow:problem:" + prb),
                            "references[0].url", equalTo("https://itsm.example.com/" + prb),
                            "references[0].addedBy", equalTo("test-csi-admin"),
                            "references[1].ref", equalTo("jira:incident:OPS-42"))
                    .extract().path("id");
            given().get("/api/v1/initiatives/" + id).then().statusCode(200).body("references.id",
                    equalTo(List.of(prb, "OPS-42")));
            String objectiveId = post("/api/v1/initiatives/" + id + "/objectives",
                    objective("[" + ref("servicenow", "KNOWLEDGE", "KB0010042") + "]")).statusCode(201)
                    .body("references[0].ref", equalTo("servicenow:knowledge:KB0010042")).extract().path("id");

            List<ConsumerRecord<String, String>> events = probe.await(r -> id.equals(r.key()), 2,
                    Duration.ofSeconds(20));
            ContractCheck.assertConforms(events);
            JsonNode created = json(events, "csi.initiative.created");
            assertEquals(prb, created.path("references").get(0).path("id").asText());
            assertEquals("PROBLEM", created.path("references").get(0).path("type").asText());
            JsonNode set = json(events, "csi.objective.set");
            assertEquals(objectiveId, set.path("objectiveId").asText());
            assertEquals("KB0010042", set.path("references").get(0).path("id").asText());

            // An update that leaves references out keeps them; one that gives a list replaces them.
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(initiative("null").replace(",\n \"references\": null", ""))
                    .put("/api/v1/initiatives/" + id).then().statusCode(200).body("references", hasSize(2));
            given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(initiative("[" + ref("jira", "INCIDENT", "OPS-42") + "]"))
                    .put("/api/v1/initiatives/" + id).then().statusCode(200)
                    .body("references.ref", equalTo(List.of("jira:incident:OPS-42")));
        }
    }

    @Test
    void listsFilterByReferenceOfTheInitiativeOrOfOneOfItsObjectives() {
        String prb = problem();
        String direct = post("/api/v1/initiatives", initiative("[" + ref("servicenow", "PROBLEM", prb) + "]"))
                .statusCode(201).extract().path("id");
        String viaObjective = post("/api/v1/initiatives", initiative("[]")).statusCode(201).extract().path("id");
        String objectiveId = post("/api/v1/initiatives/" + viaObjective + "/objectives",
                objective("[" + ref("servicenow", "PROBLEM", prb) + "]")).statusCode(201).extract().path("id");
        post("/api/v1/initiatives/" + viaObjective + "/objectives", objective("[]")).statusCode(201);
        post("/api/v1/initiatives", initiative("[" + ref("servicenow", "INCIDENT", prb) + "]")).statusCode(201);

        given().queryParam("ref", "servicenow:problem:" + prb).get("/api/v1/initiatives").then().statusCode(200)
                .body("totalItems", equalTo(2), "items.id", equalTo(List.of(viaObjective, direct)));
        given().queryParam("ref", "servicenow:PROBLEM:" + prb).get("/api/v1/initiatives").then().statusCode(200)
                .body("totalItems", equalTo(2));
        given().queryParam("ref", "jira:problem:" + prb).get("/api/v1/initiatives").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParam("ref", "servicenow:problem:" + prb)
                .get("/api/v1/initiatives/" + viaObjective + "/objectives").then().statusCode(200)
                .body("id", equalTo(List.of(objectiveId)));
    }

    @Test
    void malformedRefIsA400Problem() {
        for (String bad : List.of("servicenow:problem", "servicenow:epic:PRB1", "ServiceNow:problem:PRB1",
                "servicenow:problem:PRB 1", "servicenow:problem:", ":problem:PRB1", "a:b:c:d")) {
            given().queryParam("ref", bad).get("/api/v1/initiatives").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(containsString("ref")));
        }
        String id = post("/api/v1/initiatives", initiative("[]")).statusCode(201).extract().path("id");
        given().queryParam("ref", "nope").get("/api/v1/initiatives/" + id + "/objectives").then().statusCode(400)
                .contentType("application/problem+json");
        given().delete("/api/v1/initiatives/" + id + "/references/nope").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void badReferencesAreRefused() {
        String many = IntStream.range(0, 51).mapToObj(i -> ref("servicenow", "INCIDENT", "INC" + i))
                .collect(Collectors.joining(", ", "[", "]"));
        post("/api/v1/initiatives", initiative(many)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("references"));
        post("/api/v1/initiatives", initiative("[" + ref("servicenow", "PROBLEM", "P1").replace("https://",
                "ftp://") + "]")).statusCode(400).body("errors.field", hasItem("references[0].url"));
        post("/api/v1/initiatives", initiative("[" + ref("servicenow", "PROBLEM", "P1").replace("https://",
                "javascript:alert(1)//") + "]")).statusCode(400).body("errors.field", hasItem("references[0].url"));
        post("/api/v1/initiatives", initiative("[" + ref("servicenow", "EPIC", "P1") + "]")).statusCode(400);
        post("/api/v1/initiatives", initiative("[" + ref("Service Now", "PROBLEM", "P1") + "]")).statusCode(400)
                .body("errors.field", hasItem("references[0].system"));
        post("/api/v1/initiatives", initiative("[" + ref("servicenow", "PROBLEM", "x".repeat(101)) + "]"))
                .statusCode(400).body("errors.field", hasItem("references[0].id"));
        post("/api/v1/initiatives", initiative("[{\"system\": \"servicenow\", \"type\": \"PROBLEM\"}]"))
                .statusCode(400).body("errors.field", hasItem("references[0].id"));
        post("/api/v1/initiatives", initiative("[" + ref("servicenow", "PROBLEM", "P1") + ", "
                + ref("servicenow", "PROBLEM", "P1") + "]")).statusCode(400)
                .body("errors.field", hasItem("references[1]"));
        post("/api/v1/initiatives", initiative("[" + ref("servicenow", "PROBLEM", "P1") + "]").replace(
                "\"Relay drops mail\"", "\"" + "t".repeat(301) + "\"")).statusCode(400)
                .body("errors.field", hasItem("references[0].title"));
    }

    @Test
    void anItsmToolLinksBackIdempotentlyAndUnlinks() throws Exception {
        String prb = problem();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            String id = post("/api/v1/initiatives", initiative("[]")).statusCode(201).extract().path("id");
            String path = "/api/v1/initiatives/" + id + "/references";
            post(path, ref("servicenow", "PROBLEM", prb)).statusCode(201)
                    .header("Location", containsString("/references/servicenow:problem:" + prb)).header("ETag", "\"1\"")
                    .body("references.ref", equalTo(List.of("servicenow:problem:" + prb)));
            post(path, ref("servicenow", "PROBLEM", prb)).statusCode(200).header("ETag", "\"1\"")
                    .body("references", hasSize(1));
            post(path, ref("servicenow", "PROBLEM", prb).replace("Relay drops mail", "Relay fixed")).statusCode(200)
                    .header("ETag", "\"2\"").body("references[0].title", equalTo("Relay fixed"));
            post(path, "{\"system\": \"servicenow\"}").statusCode(400).contentType("application/problem+json");
            post("/api/v1/initiatives/" + UUID.randomUUID() + "/references", ref("servicenow", "PROBLEM", prb))
                    .statusCode(404).contentType("application/problem+json");
            given().queryParam("ref", "servicenow:problem:" + prb).get("/api/v1/initiatives").then()
                    .body("items.id", equalTo(List.of(id)));

            given().delete(path + "/servicenow:problem:" + prb).then().statusCode(200).header("ETag", "\"3\"")
                    .body("references", hasSize(0));
            given().delete(path + "/servicenow:problem:" + prb).then().statusCode(404)
                    .contentType("application/problem+json");
            given().queryParam("ref", "servicenow:problem:" + prb).get("/api/v1/initiatives").then()
                    .body("totalItems", equalTo(0));

            List<ConsumerRecord<String, String>> events = probe.await(r -> id.equals(r.key()), 4,
                    Duration.ofSeconds(20));
            ContractCheck.assertConforms(events);
            assertEquals(List.of("csi.initiative.created", "csi.initiative.updated", "csi.initiative.updated",
                    "csi.initiative.updated"), events.stream().map(r -> TopicProbe.header(r, "ce_type")).toList());
            assertEquals(prb, new ObjectMapper().readTree(events.get(1).value()).path("references").get(0)
                    .path("id").asText());
            given().get("/api/v1/initiatives/" + id + "/history").then().statusCode(200)
                    .body("items.action", hasItem("REFERENCE_ADDED"), "items.action", hasItem("REFERENCE_REMOVED"));

            String objectiveId = post("/api/v1/initiatives/" + id + "/objectives", objective("[]")).statusCode(201)
                    .extract().path("id");
            String objectivePath = "/api/v1/initiatives/" + id + "/objectives/" + objectiveId + "/references";
            post(objectivePath, ref("servicenow", "SURVEY", "SRV1")).statusCode(201)
                    .body("references[0].ref", equalTo("servicenow:survey:SRV1"));
            post(objectivePath, ref("servicenow", "SURVEY", "SRV1")).statusCode(200);
            given().delete(objectivePath + "/servicenow:survey:SRV1").then().statusCode(200)
                    .body("references", hasSize(0));
        }
    }

    @Test
    void atMostFiftyReferencesPerRecord() {
        String id = post("/api/v1/initiatives", initiative(IntStream.range(0, 50)
                .mapToObj(i -> ref("servicenow", "INCIDENT", "INC" + i)).collect(Collectors.joining(", ", "[", "]"))))
                .statusCode(201).body("references", hasSize(50)).extract().path("id");
        post("/api/v1/initiatives/" + id + "/references", ref("servicenow", "INCIDENT", "INC0")).statusCode(200);
        post("/api/v1/initiatives/" + id + "/references", ref("servicenow", "INCIDENT", "INC50")).statusCode(409)
                .contentType("application/problem+json");
    }

    private static JsonNode json(List<ConsumerRecord<String, String>> events, String type) throws Exception {
        ConsumerRecord<String, String> found = events.stream().filter(TopicProbe.ofType(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type));
        return new ObjectMapper().readTree(found.value());
    }
}
