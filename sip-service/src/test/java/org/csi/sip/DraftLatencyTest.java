package org.csi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Measures (and prints, never asserts) the time from csi.target.missed published to csi.sip.drafted published: the
 * broker timestamp (CreateTime) of the drafted record minus that of the missed record, over 20 events sent one by one.
 */
@QuarkusTest
@CsiStackTest("sip-service")
class DraftLatencyTest {

    private static final int RUNS = 20;

    @InjectCsiStack
    CsiStack stack;

    @Test
    void timeFromTargetMissedToSipDraftedIsMeasured() {
        List<Long> millis = new ArrayList<>();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES, CsiTopics.SIPS)) {
            for (int i = 0; i < RUNS; i++) {
                UUID initiative = UUID.randomUUID();
                Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, initiative.toString(),
                        UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                        Triggers.targetMissed(initiative, UUID.randomUUID(), UUID.randomUUID(), "6.5"));
                List<ConsumerRecord<String, String>> pair = probe.await(r -> initiative.toString().equals(r.key()), 2,
                        Duration.ofSeconds(60));
                assertEquals(2, pair.size(), "target.missed and its sip.drafted");
                ConsumerRecord<String, String> missed = pair.stream().filter(TopicProbe.ofType("csi.target.missed"))
                        .findFirst().orElseThrow();
                ConsumerRecord<String, String> drafted = pair.stream().filter(TopicProbe.ofType("csi.sip.drafted"))
                        .findFirst().orElseThrow();
                millis.add(drafted.timestamp() - missed.timestamp());
            }
        }
        List<Long> inOrder = List.copyOf(millis);
        Collections.sort(millis);
        double median = (millis.get(RUNS / 2 - 1) + millis.get(RUNS / 2)) / 2.0;
        System.out.printf("%n[sip-service] target.missed published -> sip.drafted published, %d events one by one "
                + "(broker record timestamps): median %.1f ms, min %d ms, max %d ms; in the order sent %s%n%n", RUNS,
                median, millis.get(0), millis.get(RUNS - 1), inOrder);
    }
}
