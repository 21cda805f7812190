package org.csi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.csi.events.CsiEventType;
import org.csi.events.CsiTopics;
import org.csi.sip.messaging.EventConsumer;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.security.AsAdmin;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import jakarta.inject.Inject;

/**
 * A poll handed to the consumer as one batch (as the connector does with {@code batch=true}): its good events are
 * applied, a poison record among them is dead-lettered alone (through the channel's failure handler, before the poll is
 * acknowledged), a copy of an event in the same poll has no second effect, and the poll is acknowledged by its last
 * record only.
 */
@QuarkusTest
@CsiStackTest("sip-service")
@AsAdmin
class PollInOneTransactionTest {

    @InjectCsiStack
    CsiStack stack;

    @Inject
    EventConsumer consumer;

    private final List<String> settled = new CopyOnWriteArrayList<>();

    @Test
    void aPoisonRecordIsDeadLetteredAloneAndTheRestOfThePollIsApplied() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID noGap = UUID.randomUUID();
        String firstId = UUID.randomUUID().toString();
        String poisonId = UUID.randomUUID().toString();
        List<ConsumerRecord<String, String>> poll = List.of(
                missed(0, first, firstId, "6.5"),
                missed(1, noGap, poisonId, "3"), // meets its target: nothing to plan, dead-lettered by the drafter
                missed(2, second, UUID.randomUUID().toString(), "7"),
                missed(3, first, firstId, "6.5")); // the first event again (a redelivery): no second effect

        consumer.onInitiativeEvent(batch(poll)).toCompletableFuture().get(120, TimeUnit.SECONDS);

        assertEquals(List.of("dead-lettered " + poisonId, "acknowledged offset 3"), settled,
                "the poison record alone goes to the failure strategy, before the poll's last record is acknowledged");
        assertEquals(1, SipDraftingTest.sipsOfInitiative(first).getInt("totalItems"));
        assertEquals(1, SipDraftingTest.sipsOfInitiative(first).getList("items[0].occurrences").size(),
                "the copy in the same poll is a duplicate, not a second occurrence");
        assertEquals(1, SipDraftingTest.sipsOfInitiative(second).getInt("totalItems"));
        assertEquals(0, SipDraftingTest.sipsOfInitiative(noGap).getInt("totalItems"));
    }

    @Test
    void aLargePollIsAppliedInBoundedTransactionsInItsOrder() throws Exception {
        UUID initiative = UUID.randomUUID();
        List<ConsumerRecord<String, String>> poll = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) { // more than csi.messaging.batch.max-events (100): three transactions
            poll.add(missed(i, initiative, UUID.randomUUID().toString(), "6.5"));
        }
        long started = System.nanoTime();
        consumer.onInitiativeEvent(batch(poll)).toCompletableFuture().get(300, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(List.of("acknowledged offset 249"), settled);
        // Each event is a miss of its own objective: 250 SIPs of one initiative.
        assertEquals(250, SipDraftingTest.sipsOfInitiative(initiative).getInt("totalItems"));
        System.out.printf("[figures] a poll of 250 csi.target.missed applied by sip-service in %d ms (%.0f/s)%n",
                millis, 250_000.0 / Math.max(1, millis));
        assertTrue(millis < Duration.ofSeconds(300).toMillis());
    }

    /** A poll as the connector builds it, settling into {@link #settled} instead of the broker. */
    private IncomingKafkaRecordBatch<String, String> batch(List<ConsumerRecord<String, String>> records) {
        KafkaCommitHandler commits = new KafkaCommitHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> acked) {
                settled.add("acknowledged offset " + acked.getOffset());
                return Uni.createFrom().voidItem();
            }
        };
        KafkaFailureHandler deadLetters = new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                String ceId = new String(record.getHeaders().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
                settled.add("dead-lettered " + ceId);
                return Uni.createFrom().voidItem();
            }
        };
        ConsumerRecords<String, String> poll = new ConsumerRecords<>(
                Map.of(new TopicPartition(CsiTopics.INITIATIVES, 0), records));
        return new IncomingKafkaRecordBatch<>(poll, "initiative-events", 0, commits, deadLetters, false, false);
    }

    /** csi.target.missed of a new objective of the initiative, at the given offset of partition 0. */
    private static ConsumerRecord<String, String> missed(long offset, UUID initiative, String ceId, String actual) {
        UUID objective = UUID.randomUUID();
        ConsumerRecord<String, String> record = new ConsumerRecord<>(CsiTopics.INITIATIVES, 0, offset,
                initiative.toString(), Triggers.targetMissed(initiative, objective, UUID.randomUUID(), actual));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", ceId);
        header(record, "ce_type", CsiEventType.TARGET_MISSED.type());
        header(record, "ce_source", "/csi/initiative-service");
        header(record, "ce_subject", objective.toString());
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_dataschema", CsiEventType.TARGET_MISSED.dataSchema());
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
