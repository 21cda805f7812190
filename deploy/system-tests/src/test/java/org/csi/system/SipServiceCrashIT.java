package org.csi.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.ServiceProcess;
import org.csi.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault: sip-service is killed with SIGKILL while it drafts SIPs from a burst of triggers, then started again. Drafts
 * committed before the crash stay, events it had taken but not committed are processed again without a second effect,
 * and events published while it was down are processed after the restart: every objective ends with exactly one SIP
 * answering exactly its two triggers (the KPI gap and the missed target), announced once.
 */
@ExtendWith(RunningSuite.class)
class SipServiceCrashIT {

    private static final int OBJECTIVES = 120;

    private final RunningSuite.Suite suite = RunningSuite.get();
    private final CsiApi api = new CsiApi(suite);
    private final String service = CsiApi.uniqueService("crash");

    @Test
    void sigkillWhileDraftingLosesNoSipAndDraftsNoneTwice() throws Exception {
        String initiative = api.createInitiative(service, "Survive a crash of sip-service");
        api.plan(initiative, List.of("sip-desk-" + service + ":FEED"), "csi.sip.drafted");
        Set<String> objectives = IntStream.range(0, OBJECTIVES)
                .mapToObj(i -> api.setMttrObjective(initiative, service, "Restore within 4 hours, queue " + i))
                .collect(Collectors.toSet());
        ServiceProcess sips = suite.service("sip-service");

        // Kill sip-service as soon as its first draft for this initiative is readable.
        CompletableFuture<Integer> crash = CompletableFuture.supplyAsync(() -> {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !api.sips(initiative).isEmpty());
            sips.kill();
            return draftedBeforeKill(initiative);
        });
        // One value above target opens a KPI gap per objective (assessment-service), and the review that follows
        // misses every objective (initiative-service): two triggers per objective arrive in a burst.
        api.recordMttr(service, 9, Instant.now(), "crash-1");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.projectedMttr(service) != null);
        Map<String, String> review = api.reviewNow(initiative);
        assertEquals(objectives, review.keySet());
        assertTrue(review.values().stream().allMatch("MISSED"::equals), "every objective missed: " + review);

        int draftedWhenKilled = crash.get(90, TimeUnit.SECONDS);
        sips.restart();
        assertTrue(sips.awaitReady(Duration.ofSeconds(120)), "sip-service restarted; see " + sips.logFile());

        String bootstrap = suite.stack().bootstrapServers();
        try (TopicProbe broker = TopicProbe.fromBeginning(bootstrap, CsiTopics.INITIATIVES, CsiTopics.ASSESSMENTS,
                CsiTopics.SIPS)) {
            CsiApi.awaitEvents(broker, "csi.sip.drafted", initiative, OBJECTIVES);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                    KafkaGroups.consumedAll(bootstrap, "sip-service", CsiTopics.INITIATIVES, CsiTopics.ASSESSMENTS)
                            && KafkaGroups.consumedAll(bootstrap, "notification-service", CsiTopics.SIPS)
                            && api.communications(initiative, "csi.sip.drafted", "DELIVERED") >= OBJECTIVES);
            List<ConsumerRecord<String, String>> seen = broker.drain(r -> true, Duration.ofSeconds(2));

            List<Map<String, Object>> drafted = api.sips(initiative);
            Map<Object, Long> sipsPerObjective = drafted.stream()
                    .collect(Collectors.groupingBy(s -> s.get("objectiveId"), Collectors.counting()));
            long wellFormed = drafted.stream().map(s -> api.occurrenceKinds(s.get("id")))
                    .filter(kinds -> kinds.size() == 2 && kinds.containsAll(List.of("TARGET_MISSED", "GAP_IDENTIFIED")))
                    .count();
            int missedEvents = CsiApi.eventIds(seen, "csi.target.missed", initiative).size();
            int gapEvents = CsiApi.eventIds(seen, "csi.gap.identified", initiative).size();
            int draftedEvents = CsiApi.eventIds(seen, "csi.sip.drafted", initiative).size();
            long communications = api.communications(initiative, "csi.sip.drafted", "DELIVERED");
            System.out.printf("[figures] sip-service SIGKILL: %d objectives, %d target.missed + %d gap.identified in;"
                    + " %d SIPs drafted when killed; after restart %d SIPs (%d answering exactly their 2 triggers),"
                    + " %d sip.drafted (%d records), %d communications delivered%n",
                    OBJECTIVES, missedEvents, gapEvents, draftedWhenKilled, drafted.size(), wellFormed, draftedEvents,
                    CsiApi.records(seen, "csi.sip.drafted", initiative), communications);

            assertEquals(OBJECTIVES, missedEvents, "one target.missed per objective");
            assertEquals(OBJECTIVES, gapEvents, "one gap.identified per objective");
            assertEquals(objectives, sipsPerObjective.keySet().stream().map(String::valueOf).collect(Collectors.toSet()),
                    "every objective has its SIP");
            assertTrue(sipsPerObjective.values().stream().allMatch(n -> n == 1), "and only one: " + sipsPerObjective);
            assertEquals(OBJECTIVES, wellFormed, "each SIP answers its gap and its miss, once each");
            assertEquals(OBJECTIVES, draftedEvents, "each SIP announced once");
            assertEquals(OBJECTIVES, communications, "each draft told the feed audience once");
        }
    }

    /** SIPs announced before the kill: with sip-service dead, the broker is the one to ask. */
    private int draftedBeforeKill(String initiative) {
        try (TopicProbe broker = TopicProbe.fromBeginning(suite.stack().bootstrapServers(), CsiTopics.SIPS)) {
            return CsiApi.eventIds(broker.drain(r -> true, Duration.ofSeconds(1)), "csi.sip.drafted", initiative).size();
        }
    }
}
