package org.csi.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiService;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * Every event the four services published, read back from the broker as an integration team would, conforms to the
 * published contract (CloudEvent headers and JSON Schema).
 *
 * <p>The test makes the services publish the events it checks: one short turn of its own (an initiative with a plan,
 * a maturity assessment below its target, a measurement, a baseline, a missed target, the SIP drafted for it and
 * cancelled, the initiative closed) yields {@link #CAUSED}, twelve of the contract's types, each of which it waits
 * for. So it no longer depends on running after the other system tests; when it does run after them, everything they
 * made the services publish is checked too, as before. Records the tests themselves published to play another service
 * (their ce_ids are in {@link #PUBLISHED_BY_TESTS}; they carry the ce_source of the service they play, as consumers
 * accept nothing else on its topic), or that are no CloudEvent at all, are left out.
 */
@ExtendWith(RunningSuite.class)
class ContractConformanceIT {

    static final String TEST_SOURCE = "/csi/system-tests";
    /** ce_ids of the events the system tests published themselves (some deliberately break the contract). */
    static final Set<String> PUBLISHED_BY_TESTS = ConcurrentHashMap.newKeySet();

    /** The event types the turn of this test makes the services publish. */
    static final Set<String> CAUSED = Set.of("csi.initiative.created", "csi.objective.set", "csi.maturity.assessed",
            "csi.gap.identified", "csi.measurement.recorded", "csi.baseline.recorded", "csi.checkpoint.reviewed",
            "csi.target.missed", "csi.sip.drafted", "csi.sip.cancelled", "csi.communication.sent",
            "csi.initiative.closed");

    private static final String[] TOPICS = CsiService.topics().toArray(String[]::new);

    private final RunningSuite.Suite suite = RunningSuite.get();
    private final CsiApi api = new CsiApi(suite);

    @Test
    void everyPublishedEventConformsToTheContract() {
        try (TopicProbe own = TopicProbe.fromNow(suite.stack().bootstrapServers(), TOPICS)) {
            List<ConsumerRecord<String, String>> caused = oneTurn(own);
            ContractCheck.assertConforms(caused);
        }
        try (TopicProbe probe = TopicProbe.fromBeginning(suite.stack().bootstrapServers(), TOPICS)) {
            List<ConsumerRecord<String, String>> published = probe.drain(r -> {
                String source = TopicProbe.header(r, "ce_source");
                return source != null && !TEST_SOURCE.equals(source)
                        && !PUBLISHED_BY_TESTS.contains(TopicProbe.header(r, "ce_id"));
            }, Duration.ofSeconds(5));
            assertFalse(published.isEmpty(), "the services published events");
            ContractCheck.assertConforms(published);
            System.out.printf("[figures] %d events published by the services conform to the contract%n",
                    published.size());
        }
    }

    private static void awaitTypes(TopicProbe own, Predicate<ConsumerRecord<String, String>> ours, Set<String> types) {
        Set<String> seen = new TreeSet<>();
        await().atMost(Duration.ofSeconds(120)).alias("events of the types " + types).until(() -> {
            own.drain(r -> true, Duration.ofMillis(200));
            own.seen().stream().filter(ours).map(r -> TopicProbe.header(r, "ce_type")).forEach(seen::add);
            return seen.containsAll(types);
        });
    }

    /** Drives the turn and answers the events it caused, once every type of {@link #CAUSED} has been seen. */
    private List<ConsumerRecord<String, String>> oneTurn(TopicProbe own) {
        String service = CsiApi.uniqueService("conformance");
        String id = api.createInitiative(service, "Contract conformance");
        api.plan(id, List.of("owners-" + service + ":EMAIL"), "csi.target.missed");
        // level 2 against a target of 3: a maturity gap
        api.post("assessment-service", "/api/v1/maturity-assessments", """
                {"process": "Incident Management", "service": "%s", "model": "ITIL_PMF", "assessmentType": "SELF",
                 "assessedOn": "%s", "targetLevel": 3,
                 "levels": {"VISION_AND_STEERING": 2, "PROCESS": 2, "PEOPLE": 3, "TECHNOLOGY": 3, "CULTURE": 2}}"""
                .formatted(service, LocalDate.now()));
        String objective = api.setMttrObjective(id, service, "Restore within 4 hours");
        api.recordMttr(service, 6.5, Instant.now(), service + "-1");
        api.post("assessment-service", "/api/v1/baselines", """
                {"name": "Before", "service": "%s", "asOf": "%s"}""".formatted(service, LocalDate.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> api.projectedMttr(service) != null);
        assertEquals(Map.of(objective, "MISSED"), api.reviewNow(id));
        List<Map<String, Object>> sips = await().atMost(Duration.ofSeconds(60)).until(() -> api.sips(id),
                found -> found.stream().anyMatch(s -> objective.equals(s.get("objectiveId"))));
        for (Map<String, Object> sip : sips) {
            // a second trigger for the same objective (the KPI gap) may update the SIP at the same moment: 412, retry
            await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(suite.url("sip-service"))
                    .contentType(ContentType.JSON).body("{\"reason\": \"Only drafted to check the event contract\"}")
                    .post("/api/v1/sips/" + sip.get("id") + "/cancel").statusCode() == 200);
        }
        Predicate<ConsumerRecord<String, String>> ours = r -> id.equals(r.key())
                || r.value() != null && (r.value().contains(id) || r.value().contains(service));
        Set<String> beforeClosing = new TreeSet<>(CAUSED);
        beforeClosing.remove("csi.initiative.closed");
        awaitTypes(own, ours, beforeClosing); // the communication is sent before the initiative is closed
        api.post("initiative-service", "/api/v1/initiatives/" + id + "/close", "{\"reason\": \"Checked\"}");
        awaitTypes(own, ours, CAUSED);
        List<ConsumerRecord<String, String>> caused = own.seen().stream().filter(ours).toList();
        return caused;
    }
}
