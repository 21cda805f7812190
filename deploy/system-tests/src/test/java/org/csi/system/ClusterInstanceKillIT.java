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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.stack.ServiceProcess;
import org.csi.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault: SIGKILL of one instance of every service in the middle of a burst. 20 initiatives of 5 objectives each have a
 * checkpoint that comes due at once; the schedulers of both initiative-service instances scan for due checkpoints
 * every second. As soon as the first SIP is drafted, the first instance of every service is killed: its relay may die
 * holding claimed outbox rows, its consumers holding partitions, its scheduler holding checkpoints. The survivors take
 * over the partitions, the other relay publishes the rows the killed one left, and each due checkpoint is reviewed
 * exactly once, so every count comes out exact.
 */
@ExtendWith(ClusterSuite.class)
class ClusterInstanceKillIT {

    private static final int INITIATIVES = 20;
    private static final int OBJECTIVES = 5;

    private final ClusterSuite.Cluster cluster = ClusterSuite.get();
    private final ClusterLedger ledger = new ClusterLedger(cluster);
    private final CsiApi api = ledger.api();

    @Test
    void survivorsFinishTheBurstOfAKilledInstanceOfEveryService() throws Exception {
        // the initiatives are set up four at a time (the burst is their checkpoints coming due together, below)
        ExecutorService setUp = Executors.newFixedThreadPool(4);
        List<ClusterLedger.Entry> entries;
        try {
            List<CompletableFuture<ClusterLedger.Entry>> opened = IntStream.range(0, INITIATIVES)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        ClusterLedger.Entry entry = ledger.open("instance-kill", OBJECTIVES);
                        api.recordMttr(entry.service(), 9, Instant.now(), entry.service() + "-1");
                        return entry;
                    }, setUp))
                    .toList();
            entries = opened.stream().map(CompletableFuture::join).toList();
        } finally {
            setUp.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> entries.stream().allMatch(e -> api.projectedMttr(e.service()) != null));
        Instant due = Instant.now().plusSeconds(5);
        Map<String, String> checkpoints = entries.stream()
                .collect(Collectors.toMap(e -> api.planCheckpoint(e.initiative(), due), ClusterLedger.Entry::initiative));
        entries.forEach(e -> e.reviews().incrementAndGet());

        List<ServiceProcess> victims = CsiStack.SERVICES.stream().map(s -> cluster.instances(s).get(0)).toList();
        int draftedBeforeKill;
        try (TopicProbe sips = TopicProbe.fromNow(cluster.stack().bootstrapServers(), CsiTopics.SIPS)) {
            sips.await(TopicProbe.ofType("csi.sip.drafted"), 1, Duration.ofSeconds(90));
            victims.forEach(cluster::takeOutOfRotation);
            victims.forEach(ServiceProcess::kill);
            draftedBeforeKill = sips.drain(TopicProbe.ofType("csi.sip.drafted"), Duration.ofMillis(100)).size() + 1;
        }
        ledger.assertExactlyOnce("SIGKILL of one instance of every service");

        try (TopicProbe broker = TopicProbe.fromBeginning(cluster.stack().bootstrapServers(), CsiTopics.INITIATIVES)) {
            List<ConsumerRecord<String, String>> reviews = broker.drain(
                    r -> checkpoints.containsKey(TopicProbe.header(r, "ce_subject"))
                            && "csi.checkpoint.reviewed".equals(TopicProbe.header(r, "ce_type")),
                    Duration.ofSeconds(2));
            // checkpoint -> the distinct review events (ce_id) published for it; a re-published record shares its id
            Map<String, Set<String>> reviewsOf = reviews.stream().collect(Collectors.groupingBy(
                    r -> TopicProbe.header(r, "ce_subject"),
                    Collectors.mapping(r -> TopicProbe.header(r, "ce_id"), Collectors.toSet())));
            int distinctReviews = reviewsOf.values().stream().mapToInt(Set::size).sum();
            System.out.printf("[figures] instance SIGKILL: %d SIPs drafted before the kill; %d checkpoints, %d distinct"
                    + " reviews (%d records)%n", draftedBeforeKill, checkpoints.size(), distinctReviews,
                    reviews.size());
            assertEquals(checkpoints.keySet(), reviewsOf.keySet(), "every due checkpoint was reviewed");
            assertTrue(reviewsOf.values().stream().allMatch(ids -> ids.size() == 1), "each once: " + reviewsOf);
        }
        for (ServiceProcess victim : victims) {
            victim.restart();
        }
        for (ServiceProcess victim : victims) {
            assertTrue(victim.awaitReady(Duration.ofSeconds(180)), victim.name() + " restarted; see " + victim.logFile());
            cluster.putInRotation(victim);
        }
    }
}
