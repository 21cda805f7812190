package org.csi.initiative.cycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The objective's ITSM references travel with its outcomes on the real broker: csi.target.missed and
 * csi.target.achieved carry them, and so does csi.target.regressed when the achieved one slides back (so sip-service
 * can put them on the SIP it drafts).
 */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class ReferencesInOutcomesTest {

    private static final Duration EVENTS = Duration.ofSeconds(60);

    @InjectCsiStack
    CsiStack stack;

    private static String withReferences(String objective, String id) {
        return objective.substring(0, objective.lastIndexOf('}')) + """
                , "references": [{"system": "servicenow", "type": "PROBLEM", "id": "%s",
                  "url": "https://sn.example.com/problem/%s", "title": "Relay drops mail"}]}""".formatted(id, id);
    }

    @Test
    void missedAchievedAndRegressedCarryTheObjectivesReferences() throws Exception {
        String service = Api.unique("email");
        String missing = "PRB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String reaching = "PRB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            String id = Api.createInitiative("Keep e-mail fast", null);
            String missed = Api.setObjective(id, withReferences(Api.objective("Restore within 4 hours",
                    "incident.mttr.hours", service, "8", "4", "LOWER_IS_BETTER", "0.5"), missing));
            String achieved = Api.setObjective(id, withReferences(Api.objective("Answer within 1 minute",
                    "desk.answer.minutes", service, "3", "1", "LOWER_IS_BETTER", "0.2"), reaching));
            Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Api.measure(stack.bootstrapServers(), "incident.mttr.hours", service, "6.5", t0.plusSeconds(60));
            Api.measure(stack.bootstrapServers(), "desk.answer.minutes", service, "0.9", t0.plusSeconds(60));
            await().atMost(EVENTS).untilAsserted(() -> given().queryParam("service", service)
                    .get("/api/v1/latest-measurements").then().body("$", hasSize(2)));
            String checkpoint = Api.createCheckpoint(id, Instant.now().plus(1, ChronoUnit.DAYS));
            given().contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/initiatives/" + id + "/checkpoints/" + checkpoint + "/review").then()
                    .statusCode(200);

            JsonNode miss = one(probe, "csi.target.missed", missed);
            assertReference(miss, missing);
            assertReference(one(probe, "csi.target.achieved", achieved), reaching);

            // the achieved KPI slides back: three values in a row outside (the default)
            for (int i = 1; i <= 3; i++) {
                Api.measure(stack.bootstrapServers(), "desk.answer.minutes", service, "2", t0.plusSeconds(60L + i));
            }
            JsonNode regressed = one(probe, "csi.target.regressed", achieved);
            assertReference(regressed, reaching);
            given().get("/api/v1/initiatives/" + id + "/objectives/" + achieved).then()
                    .body("references[0].id", equalTo(reaching));
        }
    }

    private static JsonNode one(TopicProbe probe, String type, String objective) throws Exception {
        Predicate<ConsumerRecord<String, String>> match = TopicProbe.ofType(type)
                .and(r -> objective.equals(TopicProbe.header(r, "ce_subject")));
        List<ConsumerRecord<String, String>> found = probe.await(match, 1, EVENTS);
        ContractCheck.assertConforms(found);
        return Api.JSON.readTree(found.get(0).value());
    }

    private static void assertReference(JsonNode event, String id) {
        JsonNode references = event.get("references");
        assertTrue(references != null && references.isArray(), event.toString());
        assertEquals(1, references.size(), event.toString());
        assertEquals("servicenow", references.get(0).get("system").asText());
        assertEquals("PROBLEM", references.get(0).get("type").asText());
        assertEquals(id, references.get(0).get("id").asText());
        assertEquals("https://sn.example.com/problem/" + id, references.get(0).get("url").asText());
        assertEquals("Relay drops mail", references.get(0).get("title").asText());
    }
}
