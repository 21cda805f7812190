package org.csi.sip;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.csi.events.CsiEventType;
import org.csi.events.CsiTopics;
import org.csi.sip.messaging.EventConsumer;
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
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** csi.target.missed and csi.gap.identified on the real broker draft exactly one SIP per trigger. */
@QuarkusTest
@CsiStackTest("sip-service")
@AsAdmin
class SipDraftingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectCsiStack
    CsiStack stack;

    @Inject
    EventConsumer consumer;

    @Test
    void missedTargetDraftsOneSipWithTheGapAndPublishesSipDrafted() throws Exception {
        UUID initiative = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        UUID checkpoint = UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, initiative.toString(), ceId,
                    objective.toString(), Triggers.targetMissed(initiative, objective, checkpoint, "6.5"));

            List<ConsumerRecord<String, String>> drafted = probe.await(
                    r -> initiative.toString().equals(r.key()) && "csi.sip.drafted".equals(TopicProbe.header(r, "ce_type")),
                    1, Duration.ofSeconds(60));
            assertEquals(1, drafted.size());
            ContractCheck.assertConforms(drafted);
            JsonNode event = JSON.readTree(drafted.get(0).value());
            assertEquals("TARGET_MISSED", event.get("origin").asText());
            assertEquals(ceId, event.get("originEventId").asText());
            assertEquals(objective.toString(), event.get("objectiveId").asText());
            assertEquals("CRITICAL", event.get("priority").asText(), "gap 2.5 of target 4 in SERVICE_QUALITY");
            assertEquals(0, event.get("gapSize").decimalValue().compareTo(new java.math.BigDecimal("2.5")));
            assertTrue(event.get("proposedActions").size() >= 4, "actions from the SERVICE_QUALITY/KPI template");
            String sipId = event.get("sipId").asText();
            assertEquals(sipId, TopicProbe.header(drafted.get(0), "ce_subject"));
            assertEquals("/csi/sip-service", TopicProbe.header(drafted.get(0), "ce_source"));

            given().get("/api/v1/sips/" + sipId).then().statusCode(200)
                    .header("ETag", notNullValue())
                    .body("status", equalTo("DRAFT"), "origin", equalTo("TARGET_MISSED"), "gapKind", equalTo("KPI"),
                            "originEventId", equalTo(ceId), "initiativeId", equalTo(initiative.toString()),
                            "initiativeTitle", equalTo("Stabilise Service Operation for E-Mail"), "cycle", equalTo(1),
                            "service", equalTo("email"), "kpiKey", equalTo("incident.mttr.hours"),
                            "owner", equalTo("Maria Keller"), "priority", equalTo("CRITICAL"),
                            "direction", equalTo("LOWER_IS_BETTER"), "focusAreas", hasItem("CUSTOMER_SATISFACTION"),
                            "targetCompletionDate", notNullValue(), "expectedBenefit", notNullValue(),
                            "actions[0].status", equalTo("OPEN"), "actions[0].owner", equalTo("Maria Keller"),
                            "progress", equalTo(0.0f), "occurrences", hasSize(1),
                            "occurrences[0].checkpointId", equalTo(checkpoint.toString()),
                            "transitions[0].to", equalTo("DRAFT"))
                    .body("baselineValue", equalTo(8.0f), "targetValue", equalTo(4.0f), "actualValue", equalTo(6.5f),
                            "gapSize", equalTo(2.5f));

            // The same event redelivered, and the same fact re-published under a new ce_id: no second draft.
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, initiative.toString(), ceId,
                    objective.toString(), Triggers.targetMissed(initiative, objective, checkpoint, "6.5"));
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, initiative.toString(),
                    UUID.randomUUID().toString(), objective.toString(),
                    Triggers.targetMissed(initiative, objective, checkpoint, "6.5"));
            // A later miss of the same objective while the SIP is open: a new occurrence of that SIP.
            UUID nextCheckpoint = UUID.randomUUID();
            Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, initiative.toString(),
                    UUID.randomUUID().toString(), objective.toString(),
                    Triggers.targetMissed(initiative, objective, nextCheckpoint, "5.5"));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/sips/" + sipId)
                    .then().body("occurrences", hasSize(2)));
            given().get("/api/v1/sips/" + sipId).then()
                    .body("occurrences.checkpointId", hasItem(nextCheckpoint.toString()));
            assertEquals(1, sipsOfInitiative(initiative).getInt("totalItems"));
            assertEquals(1, probe.drain(r -> initiative.toString().equals(r.key())
                    && "csi.sip.drafted".equals(TopicProbe.header(r, "ce_type")), Duration.ofSeconds(3)).size(),
                    "one csi.sip.drafted, not one per delivery");
        }
    }

    /**
     * Two instances of the service in one consumer group handling the same trigger at the same moment (a re-published
     * event under a new ce_id, and the very same event): the unique constraints let exactly one draft through.
     */
    @Test
    void concurrentDeliveriesOfOneTriggerGiveOneDraft() throws Exception {
        UUID initiative = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        UUID checkpoint = UUID.randomUUID();
        String body = Triggers.targetMissed(initiative, objective, checkpoint, "7");
        String sameId = UUID.randomUUID().toString();
        List<ConsumerRecord<String, String>> deliveries = List.of(
                record(initiative, UUID.randomUUID().toString(), objective, body),
                record(initiative, UUID.randomUUID().toString(), objective, body),
                record(initiative, sameId, objective, body),
                record(initiative, sameId, objective, body));
        ExecutorService pool = Executors.newFixedThreadPool(deliveries.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Void>> runs = deliveries.stream().map(r -> CompletableFuture.runAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                consumer.onInitiativeEvent(batchOf(r)).toCompletableFuture().join();
            }, pool)).toList();
            go.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        JsonPath found = sipsOfInitiative(initiative);
        assertEquals(1, found.getInt("totalItems"));
        assertEquals(1, found.getList("items[0].occurrences").size());
    }

    @Test
    void identifiedGapDraftsASipOwnedByTheServicesSlmOwner() throws Exception {
        UUID gap = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            String ceId = UUID.randomUUID().toString();
            Triggers.publish(stack.bootstrapServers(), CsiEventType.GAP_IDENTIFIED, "email", ceId, gap.toString(),
                    Triggers.maturityGap(gap));
            Triggers.publish(stack.bootstrapServers(), CsiEventType.GAP_IDENTIFIED, "email",
                    UUID.randomUUID().toString(), gap.toString(), Triggers.maturityGap(gap));
            List<ConsumerRecord<String, String>> drafted = probe.await(r -> r.value().contains(ceId), 1,
                    Duration.ofSeconds(60));
            assertEquals(1, drafted.size());
            ContractCheck.assertConforms(drafted);
            JsonNode event = JSON.readTree(drafted.get(0).value());
            assertEquals("GAP_IDENTIFIED", event.get("origin").asText());
            assertEquals("mail-slm@example.com", event.get("owner").asText(), "configured SLM owner of email");
            String sipId = event.get("sipId").asText();
            assertEquals(sipId, drafted.get(0).key(), "no initiative: the SIP id is the key");
            given().get("/api/v1/sips/" + sipId).then().statusCode(200)
                    .body("gapKind", equalTo("MATURITY"), "process", equalTo("Problem Management"),
                            "priority", equalTo("CRITICAL"), "occurrences[0].gapId", equalTo(gap.toString()),
                            "actions.description", hasItem(org.hamcrest.Matchers.containsString("Problem Management")));
            assertEquals(1, probe.drain(r -> "csi.sip.drafted".equals(TopicProbe.header(r, "ce_type"))
                    && r.value().contains("Problem Management"), Duration.ofSeconds(3)).size(), "the re-published gap drafted nothing");
        }
    }

    @Test
    void serviceGapsTwoToFourAreDraftedWithTheTemplateOfTheirGapNumber() throws Exception {
        UUID gap2 = UUID.randomUUID();
        UUID gap3 = UUID.randomUUID();
        UUID gap4 = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            Triggers.publish(stack.bootstrapServers(), CsiEventType.GAP_IDENTIFIED, "email",
                    UUID.randomUUID().toString(), gap2.toString(), Triggers.serviceGap(gap2, 2, "RELIABILITY", null));
            Triggers.publish(stack.bootstrapServers(), CsiEventType.GAP_IDENTIFIED, "email",
                    UUID.randomUUID().toString(), gap3.toString(),
                    Triggers.serviceGap(gap3, 3, null, "incident.mttr.hours"));
            Triggers.publish(stack.bootstrapServers(), CsiEventType.GAP_IDENTIFIED, "email",
                    UUID.randomUUID().toString(), gap4.toString(),
                    Triggers.serviceGap(gap4, 4, null, "incident.mttr.hours"));
            List<ConsumerRecord<String, String>> drafted = probe.await(
                    r -> "csi.sip.drafted".equals(TopicProbe.header(r, "ce_type")) && r.value().contains("service gap "),
                    3, Duration.ofSeconds(60));
            ContractCheck.assertConforms(drafted);
            assertEquals(3, drafted.size());
            JsonPath two = sipOfGap(drafted, gap2);
            assertEquals("SERVICE_GAP_2", two.getString("gapKind"));
            assertEquals("RELIABILITY", two.getString("dimension"));
            assertEquals("Specify RELIABILITY of email to what customers expect (service gap 2)", two.getString("title"));
            assertTrue(two.getList("actions.description", String.class).stream()
                    .anyMatch(a -> a.startsWith("Revise the service design and the service level targets of email")));
            JsonPath three = sipOfGap(drafted, gap3);
            assertEquals("SERVICE_GAP_3", three.getString("gapKind"));
            assertEquals("incident.mttr.hours", three.getString("kpiKey"));
            assertEquals("Deliver incident.mttr.hours on email as specified (service gap 3)", three.getString("title"));
            assertEquals("Find where the delivery of incident.mttr.hours on email departs from its specification "
                    + "(4, delivered 6.5)", three.getString("actions[0].description"));
            JsonPath four = sipOfGap(drafted, gap4);
            assertEquals("Deliver what customers were promised for incident.mttr.hours on email (service gap 4)",
                    four.getString("title"));
            assertEquals(3, four.getList("actions").size());
            assertTrue(four.getString("expectedBenefit").startsWith(
                    "What customers of email are told about incident.mttr.hours matches what they get"));
        }
    }

    /** The SIP a csi.sip.drafted record announces, read back whole, by the gap it was drafted from. */
    private static JsonPath sipOfGap(List<ConsumerRecord<String, String>> drafted, UUID gapId) {
        return drafted.stream().map(r -> given().get("/api/v1/sips/" + JsonPath.from(r.value()).getString("sipId"))
                .then().statusCode(200).extract().jsonPath())
                .filter(sip -> gapId.toString().equals(sip.getString("occurrences[0].gapId")))
                .findFirst().orElseThrow(() -> new AssertionError("no SIP drafted from gap " + gapId));
    }

    @Test
    void aGapOnAnObjectiveWithAnOpenSipBecomesAnOccurrenceOfThatSip() {
        UUID initiative = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, initiative.toString(),
                UUID.randomUUID().toString(), objective.toString(),
                Triggers.targetMissed(initiative, objective, UUID.randomUUID(), "6.5"));
        await().atMost(Duration.ofSeconds(60)).until(() -> sipsOfInitiative(initiative).getInt("totalItems") == 1);
        UUID gap = UUID.randomUUID();
        String kpiGap = """
                {"gapId": "%s", "gapKind": "KPI", "initiativeId": "%s", "objectiveId": "%s", "service": "email",
                 "kpiKey": "incident.mttr.hours", "currentValue": 6, "targetValue": 4, "gapSize": 2,
                 "direction": "LOWER_IS_BETTER", "focusArea": "SERVICE_QUALITY", "identifiedAt": "2025-05-02T10:00:00Z"}"""
                .formatted(gap, initiative, objective);
        Triggers.publish(stack.bootstrapServers(), CsiEventType.GAP_IDENTIFIED, initiative.toString(),
                UUID.randomUUID().toString(), gap.toString(), kpiGap);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("initiativeId", initiative)
                .get("/api/v1/sips").then().body("totalItems", equalTo(1), "items[0].occurrences", hasSize(2),
                        "items[0].occurrences.kind", hasItem("GAP_IDENTIFIED"),
                        "items[0].occurrences.gapId", hasItem(gap.toString())));
    }

    @Test
    void aGapOfAKnownInitiativeGetsItsTitleOwnerAndFocusAreasFromTheProjection() {
        UUID initiative = UUID.randomUUID();
        String details = """
                {"initiativeId": "%s", "title": "Harden the mail relay", "vision": "No open relays",
                 "focusAreas": ["SECURITY"], "lifecyclePhase": "SERVICE_OPERATION", "services": ["email"],
                 "processes": [], "owner": "olga@example.com", "stakeholders": [], "cycle": 2, "status": "ACTIVE",
                 "version": 3}""".formatted(initiative);
        Triggers.publish(stack.bootstrapServers(), CsiEventType.INITIATIVE_CREATED, initiative.toString(),
                UUID.randomUUID().toString(), initiative.toString(), details);
        await().atMost(Duration.ofSeconds(60)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org.csi.sip.domain.InitiativeProjection.findById(initiative) != null));
        UUID gap = UUID.randomUUID();
        String kpiGap = """
                {"gapId": "%s", "gapKind": "KPI", "initiativeId": "%s", "objectiveId": null, "service": "email",
                 "kpiKey": "relay.open.ports", "currentValue": 3, "targetValue": 0, "gapSize": 3,
                 "direction": "LOWER_IS_BETTER", "focusArea": null, "identifiedAt": "2025-05-02T10:00:00Z"}"""
                .formatted(gap, initiative);
        Triggers.publish(stack.bootstrapServers(), CsiEventType.GAP_IDENTIFIED, initiative.toString(),
                UUID.randomUUID().toString(), gap.toString(), kpiGap);
        await().atMost(Duration.ofSeconds(60)).until(() -> sipsOfInitiative(initiative).getInt("totalItems") == 1);
        given().queryParam("initiativeId", initiative).get("/api/v1/sips").then()
                .body("items[0].owner", equalTo("olga@example.com"),
                        "items[0].initiativeTitle", equalTo("Harden the mail relay"), "items[0].cycle", equalTo(2),
                        "items[0].focusAreas", equalTo(List.of("SECURITY")), "items[0].priority", equalTo("CRITICAL"),
                        "items[0].actions.description", hasItem(org.hamcrest.Matchers.containsString("security risk")));
    }

    static JsonPath sipsOfInitiative(UUID initiative) {
        return given().queryParam("initiativeId", initiative.toString()).get("/api/v1/sips")
                .then().statusCode(200).extract().jsonPath();
    }

    /** One delivery as the connector hands it over in batch mode: a poll of one record, acknowledged into nothing. */
    private static KafkaRecordBatch<String, String> batchOf(ConsumerRecord<String, String> record) {
        KafkaCommitHandler noCommits = new KafkaCommitHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> acked) {
                return Uni.createFrom().voidItem();
            }
        };
        ConsumerRecords<String, String> poll = new ConsumerRecords<>(
                Map.of(new TopicPartition(record.topic(), record.partition()), List.of(record)));
        return new IncomingKafkaRecordBatch<>(poll, "initiative-events", 0, noCommits, null, false, false);
    }

    private static ConsumerRecord<String, String> record(UUID initiative, String ceId, UUID objective, String body) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(CsiTopics.INITIATIVES, 0, 0L,
                initiative.toString(), body);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", ceId);
        header(record, "ce_type", CsiEventType.TARGET_MISSED.type());
        header(record, "ce_source", "/csi/initiative-service");
        header(record, "ce_subject", objective.toString());
        header(record, "ce_time", java.time.Instant.now().toString());
        header(record, "ce_dataschema", CsiEventType.TARGET_MISSED.dataSchema());
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
