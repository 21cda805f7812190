package org.csi.sip;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
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

/**
 * ITSM references follow the chain on the real broker: the objective's references in csi.target.missed and
 * csi.target.regressed are copied into the SIP drafted from them (so {@code GET /sips?ref=} finds it from the ITSM
 * side), csi.sip.drafted carries them, and so do csi.sip.approved and csi.sip.cancelled.
 */
@QuarkusTest
@CsiStackTest("sip-service")
@AsAdmin
class ReferencesFollowTheChainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EVENTS = Duration.ofSeconds(60);

    @InjectCsiStack
    CsiStack stack;

    static String problem() {
        return "PRB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The objective's references as initiative-service puts them into the event. */
    static String withReferences(String payload, String prb) {
        return payload.substring(0, payload.lastIndexOf('}')) + """
                , "references": [{"system": "servicenow", "type": "PROBLEM", "id": "%s",
                  "url": "https://sn.example.com/problem/%s", "title": "Relay drops mail"},
                 {"system": "jira", "type": "KNOWLEDGE", "id": "KB-12", "url": null, "title": null}]}"""
                .formatted(prb, prb);
    }

    @Test
    void aMissedTargetsReferencesAreTheDraftedSipsAndTravelWithItsEvents() throws Exception {
        UUID initiative = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        String prb = problem();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, initiative.toString(),
                    UUID.randomUUID().toString(), objective.toString(),
                    withReferences(Triggers.targetMissed(initiative, objective, UUID.randomUUID(), "6.5"), prb));
            List<ConsumerRecord<String, String>> drafted = probe.await(of("csi.sip.drafted", initiative), 1, EVENTS);
            ContractCheck.assertConforms(drafted);
            JsonNode event = JSON.readTree(drafted.get(0).value());
            String sip = event.get("sipId").asText();
            assertReferences(event, prb);

            // found from the ITSM side
            given().queryParam("ref", "servicenow:problem:" + prb).get("/api/v1/sips").then().statusCode(200)
                    .body("totalItems", equalTo(1), "items[0].id", equalTo(sip));
            given().get("/api/v1/sips/" + sip).then().statusCode(200)
                    .body("references.ref", equalTo(List.of("servicenow:problem:" + prb, "jira:knowledge:KB-12")),
                            "references[0].url", equalTo("https://sn.example.com/problem/" + prb),
                            "references[0].addedBy", equalTo("sip-service"));

            // approved: csi.sip.approved carries the SIP's references
            SipLifecycleTest.transition(sip, "submit", "{}", null, 200);
            SipLifecycleTest.transition(sip, "approve", "{}",
                    TestTokens.forSubject("cio@example.com", "csi-manager"), 200);
            List<ConsumerRecord<String, String>> approved = probe.await(of("csi.sip.approved", initiative), 1,
                    EVENTS);
            ContractCheck.assertConforms(approved);
            assertReferences(JSON.readTree(approved.get(0).value()), prb);
        }
    }

    @Test
    void aRegressionSipCarriesTheObjectivesReferencesAndItsCancellationToo() throws Exception {
        UUID initiative = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        String prb = problem();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_REGRESSED, initiative.toString(),
                    UUID.randomUUID().toString(), objective.toString(),
                    withReferences(RegressionSipTest.regressed(initiative, objective, 1, null), prb));
            List<ConsumerRecord<String, String>> drafted = probe.await(of("csi.sip.drafted", initiative), 1, EVENTS);
            ContractCheck.assertConforms(drafted);
            JsonNode event = JSON.readTree(drafted.get(0).value());
            assertEquals("REGRESSION", event.get("origin").asText());
            assertReferences(event, prb);
            String sip = event.get("sipId").asText();
            given().queryParam("ref", "servicenow:problem:" + prb).get("/api/v1/sips").then().statusCode(200)
                    .body("items.id", equalTo(List.of(sip)));

            SipLifecycleTest.transition(sip, "cancel", "{\"reason\": \"the problem record was closed\"}", null, 200);
            List<ConsumerRecord<String, String>> cancelled = probe.await(of("csi.sip.cancelled", initiative), 1,
                    EVENTS);
            ContractCheck.assertConforms(cancelled);
            assertReferences(JSON.readTree(cancelled.get(0).value()), prb);
        }
    }

    private static Predicate<ConsumerRecord<String, String>> of(String type, UUID initiative) {
        return r -> initiative.toString().equals(r.key()) && type.equals(TopicProbe.header(r, "ce_type"));
    }

    private static void assertReferences(JsonNode event, String prb) {
        JsonNode references = event.get("references");
        assertEquals(2, references.size(), event.toString());
        assertEquals("servicenow", references.get(0).get("system").asText());
        assertEquals("PROBLEM", references.get(0).get("type").asText());
        assertEquals(prb, references.get(0).get("id").asText());
        assertEquals("https://sn.example.com/problem/" + prb, references.get(0).get("url").asText());
        assertEquals("Relay drops mail", references.get(0).get("title").asText());
        assertEquals("KB-12", references.get(1).get("id").asText());
        assertEquals("KNOWLEDGE", references.get(1).get("type").asText());
    }
}
