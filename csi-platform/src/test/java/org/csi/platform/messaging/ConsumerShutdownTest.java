package org.csi.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** What a stopping service does with the records its consumers read, without a broker: plain streams of messages. */
class ConsumerShutdownTest {

    private final AtomicInteger acked = new AtomicInteger();
    private final AtomicInteger nacked = new AtomicInteger();

    @Test
    void recordsArrivingWhileStoppingAreNeitherProcessedNorSettled() {
        ConsumerShutdown shutdown = new ConsumerShutdown(Duration.ofMillis(100));
        shutdown.onStop(null);

        List<? extends Message<?>> handed = decorate(shutdown, record(1), record(2));

        assertEquals(List.of(), handed, "no record reaches a consumer once the service stops");
        assertEquals(0, acked.get() + nacked.get(), "left unsettled: the offset is not committed, the group reads it again");
    }

    @Test
    void aFailureWhileStoppingIsNotDeadLettered() {
        ConsumerShutdown shutdown = new ConsumerShutdown(Duration.ofMillis(100));
        Message<?> handed = decorate(shutdown, record(1)).get(0);
        assertEquals(1, shutdown.inFlight());

        shutdown.onStop(null); // gives up waiting after 100 ms: the record is still in processing
        handed.nack(new IllegalStateException("EntityManagerFactory is closed")).toCompletableFuture().join();

        assertEquals(0, nacked.get(), "not passed to the failure strategy (dead-letter-queue) while stopping");
        assertEquals(0, acked.get());
        assertEquals(0, shutdown.inFlight());
    }

    @Test
    void shutdownWaitsForTheRecordsInProcessing() throws Exception {
        ConsumerShutdown shutdown = new ConsumerShutdown(Duration.ofSeconds(20));
        Message<?> handed = decorate(shutdown, record(1)).get(0);
        CompletableFuture<Void> finishing = CompletableFuture.runAsync(() -> {
            sleep(300);
            handed.ack().toCompletableFuture().join();
        });

        long started = System.nanoTime();
        shutdown.onStop(null);
        long waited = (System.nanoTime() - started) / 1_000_000;

        finishing.join();
        assertTrue(waited >= 250 && waited < 10_000, "waited for the record in processing: " + waited + " ms");
        assertEquals(1, acked.get(), "a record finished before the database closed is committed as usual");
        assertEquals(0, shutdown.inFlight());
    }

    @Test
    void failuresBeforeStoppingGoToTheFailureStrategy() {
        ConsumerShutdown shutdown = new ConsumerShutdown(Duration.ofMillis(100));
        List<? extends Message<?>> handed = decorate(shutdown, record(1), record(2));

        handed.get(0).ack().toCompletableFuture().join();
        handed.get(0).ack().toCompletableFuture().join(); // acknowledged twice: counted once
        handed.get(1).nack(new PoisonEventException("bad")).toCompletableFuture().join();

        assertEquals(2, acked.get());
        assertEquals(1, nacked.get(), "dead-lettered as before");
        assertEquals(0, shutdown.inFlight());
    }

    @Test
    void messagesNotReadFromKafkaPassUntouched() {
        ConsumerShutdown shutdown = new ConsumerShutdown(Duration.ofMillis(100));
        shutdown.onStop(null);
        Message<String> plain = Message.of("x");

        assertEquals(List.of(plain), decorate(shutdown, plain));
    }

    @Test
    void aPollIsHandedOverAsABatchAndCountedAsOneMessageInProcessing() {
        ConsumerShutdown shutdown = new ConsumerShutdown(Duration.ofMillis(100));
        IncomingKafkaRecordBatch<String, String> poll = poll(1, 2, 3);
        Message<?> handed = decorate(shutdown, poll).get(0);

        KafkaRecordBatch<?, ?> batch = assertInstanceOf(KafkaRecordBatch.class, handed,
                "the @Incoming method takes a KafkaRecordBatch: it must stay one");
        assertSame(poll.getRecords(), batch.getRecords());
        assertSame(poll.getMetadata(), batch.getMetadata());
        assertEquals(1, shutdown.inFlight());

        handed.ack().toCompletableFuture().join();
        assertEquals(1, acked.get(), "the last record of the partition acknowledges the poll");
        assertEquals(0, shutdown.inFlight());
    }

    @Test
    void pollsArrivingWhileStoppingAreDroppedAndAFailingPollIsNotDeadLettered() {
        ConsumerShutdown shutdown = new ConsumerShutdown(Duration.ofMillis(100));
        Message<?> inProcessing = decorate(shutdown, poll(1, 2)).get(0);
        shutdown.onStop(null);

        assertEquals(List.of(), decorate(shutdown, poll(3, 4)), "no poll reaches a consumer once the service stops");
        inProcessing.nack(new IllegalStateException("EntityManagerFactory is closed")).toCompletableFuture().join();

        assertEquals(0, nacked.get(), "no record of the poll goes to the failure strategy while stopping");
        assertEquals(0, acked.get(), "nor is it committed: the group reads it again");
        assertEquals(0, shutdown.inFlight());
    }

    @Test
    void aPollFailingBeforeStoppingGoesToTheFailureStrategy() {
        ConsumerShutdown shutdown = new ConsumerShutdown(Duration.ofMillis(100));
        Message<?> handed = decorate(shutdown, poll(1, 2)).get(0);

        handed.nack(new IllegalStateException("boom")).toCompletableFuture().join();

        assertEquals(2, nacked.get(), "each record of the poll, as SmallRye does");
        assertEquals(0, shutdown.inFlight());
    }

    /** A poll of partition 0 as the connector builds it, settling into the counters. */
    private IncomingKafkaRecordBatch<String, String> poll(long... offsets) {
        KafkaCommitHandler commits = new KafkaCommitHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
                acked.incrementAndGet();
                return Uni.createFrom().voidItem();
            }
        };
        KafkaFailureHandler failures = new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                nacked.incrementAndGet();
                return Uni.createFrom().voidItem();
            }
        };
        List<ConsumerRecord<String, String>> records = java.util.Arrays.stream(offsets)
                .mapToObj(offset -> new ConsumerRecord<>("csi.initiatives", 0, offset, "key", "{}")).toList();
        return new IncomingKafkaRecordBatch<>(
                new ConsumerRecords<>(Map.of(new TopicPartition("csi.initiatives", 0), records)), "initiative-events", 0,
                commits, failures, false, false);
    }

    private List<? extends Message<?>> decorate(ConsumerShutdown shutdown, Message<?>... messages) {
        return shutdown.decorate(Multi.createFrom().items(messages), List.of("initiative-events"), true)
                .collect().asList().await().atMost(Duration.ofSeconds(5));
    }

    private Message<String> record(long offset) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("csi.initiatives", 0, offset, "key", "{}");
        return Message.of("{}", Metadata.of(new IncomingKafkaRecordMetadata<>(record, "initiative-events")))
                .withAck(() -> {
                    acked.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(reason -> {
                    nacked.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
