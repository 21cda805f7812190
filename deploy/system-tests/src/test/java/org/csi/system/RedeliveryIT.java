package org.csi.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.csi.events.CsiService;
import org.csi.events.CsiTopics;
import org.csi.stack.ServiceProcess;
import org.csi.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault: the same events are delivered twice. A redelivery is the same record given again to the same consumer group,
 * as after a crash between processing and the offset commit; here every service's group is rewound to where the
 * scenario began (as {@code kafka-consumer-groups --reset-offsets} would) and each service reads the whole scenario a
 * second time. Nothing changes: no SIP, occurrence, communication or event more. A replay from the earliest offset by
 * a new consumer group is not a delivery to the services at all: an integration team reading the topics sees each
 * event once per CloudEvent id and the services do not notice.
 */
@ExtendWith(RunningSuite.class)
class RedeliveryIT {

    private static final int OBJECTIVES = 5;
    /** The topics each service's consumer group reads. */
    private static final Map<String, List<String>> CONSUMED = Arrays.stream(CsiService.values())
            .collect(Collectors.toMap(CsiService::serviceName, CsiService::consumes));
    private static final List<String> TOPICS = CsiService.topics();

    private final RunningSuite.Suite suite = RunningSuite.get();
    private final CsiApi api = new CsiApi(suite);
    private final String service = CsiApi.uniqueService("twice");

    @Test
    void aRedeliveryToTheSameGroupHasNoSecondEffect() throws Exception {
        String bootstrap = suite.stack().bootstrapServers();
        Map<TopicPartition, Long> start = KafkaGroups.endOffsets(bootstrap, TOPICS);

        String initiative = api.createInitiative(service, "Hear everything twice");
        api.plan(initiative, List.of("desk-" + service + ":FEED"), "csi.target.missed", "csi.sip.drafted");
        IntStream.range(0, OBJECTIVES).forEach(i -> api.setMttrObjective(initiative, service, "Restore, region " + i));
        api.recordMttr(service, 6, Instant.now(), "twice-1");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.projectedMttr(service) != null);
        api.reviewNow(initiative);

        try (TopicProbe broker = TopicProbe.fromNow(bootstrap, TOPICS.toArray(String[]::new))) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                    api.communications(initiative, "csi.target.missed", "DELIVERED") == OBJECTIVES
                            && api.communications(initiative, "csi.sip.drafted", "DELIVERED") == OBJECTIVES
                            // the gaps assessment-service finds arrive on their own time: wait for their occurrences
                            && outcome(initiative).occurrences() == 2 * OBJECTIVES
                            && CONSUMED.entrySet().stream().allMatch(g -> KafkaGroups.consumedAll(bootstrap, g.getKey(),
                                    g.getValue().toArray(String[]::new))));
            Outcome once = outcome(initiative);
            broker.drain(r -> true, Duration.ofSeconds(2));
            int recordsBefore = broker.seen().size();

            // Every service reads the scenario again in its own consumer group.
            long redelivered = rewindAllGroups(bootstrap, start);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                    CONSUMED.entrySet().stream().allMatch(g -> KafkaGroups.consumedAll(bootstrap, g.getKey(),
                            g.getValue().toArray(String[]::new))));
            List<ConsumerRecord<String, String>> published = broker.drain(r -> true, Duration.ofSeconds(3));
            Outcome twice = outcome(initiative);
            List<String> newTypes = published.subList(recordsBefore, published.size()).stream()
                    .map(r -> TopicProbe.header(r, "ce_type")).toList();

            // An integration team replays the topics from the earliest offset with a group of its own.
            try (TopicProbe team = TopicProbe.fromBeginning(bootstrap, CsiTopics.INITIATIVES)) {
                List<ConsumerRecord<String, String>> replay = team.drain(r -> true, Duration.ofSeconds(2));
                assertEquals(OBJECTIVES, CsiApi.eventIds(replay, "csi.target.missed", initiative).size());
            }
            Outcome afterReplay = outcome(initiative);

            System.out.printf("[figures] redelivery: %d records given again to the 4 groups; before %s, after %s,"
                    + " after a new group's replay %s; %d new events published%n",
                    redelivered, once, twice, afterReplay, newTypes.size());
            assertTrue(redelivered > 0, "the groups were given records again");
            assertEquals(new Outcome(OBJECTIVES, 2 * OBJECTIVES, OBJECTIVES, OBJECTIVES), once, "the scenario's effects");
            assertEquals(once, twice, "the redelivery changed nothing");
            assertEquals(List.of(), newTypes, "and published nothing");
            assertEquals(once, afterReplay, "another group's replay is not a delivery to the services");
        }
    }

    /** What the scenario left behind in sip-service and notification-service. */
    record Outcome(int sips, int occurrences, long missedTold, long draftedTold) {
    }

    private Outcome outcome(String initiative) {
        List<Map<String, Object>> sips = api.sips(initiative);
        int occurrences = sips.stream().mapToInt(s -> api.occurrenceKinds(s.get("id")).size()).sum();
        return new Outcome(sips.size(), occurrences,
                api.communications(initiative, "csi.target.missed", "DELIVERED"),
                api.communications(initiative, "csi.sip.drafted", "DELIVERED"));
    }

    /** Stops the four services, moves each group back to the offsets of {@code start}, starts them again. */
    private long rewindAllGroups(String bootstrap, Map<TopicPartition, Long> start) {
        Map<TopicPartition, Long> end = KafkaGroups.endOffsets(bootstrap, TOPICS);
        List<ServiceProcess> services = CONSUMED.keySet().stream().map(suite::service).toList();
        CompletableFuture.allOf(services.stream().map(s -> CompletableFuture.runAsync(s::stop))
                .toArray(CompletableFuture[]::new)).join();
        long redelivered = 0;
        for (Map.Entry<String, List<String>> group : CONSUMED.entrySet()) {
            Set<String> topics = Set.copyOf(group.getValue());
            Map<TopicPartition, Long> offsets = start.entrySet().stream()
                    .filter(e -> topics.contains(e.getKey().topic()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            // the broker refuses while the stopped consumers are still leaving the group
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .untilAsserted(() -> KafkaGroups.rewind(bootstrap, group.getKey(), offsets));
            redelivered += offsets.keySet().stream().mapToLong(tp -> end.get(tp) - offsets.get(tp)).sum();
        }
        services.forEach(ServiceProcess::restart);
        services.forEach(s -> assertTrue(s.awaitReady(Duration.ofSeconds(120)), s.name() + "; see " + s.logFile()));
        return redelivered;
    }
}
