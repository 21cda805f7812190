package org.csi.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.testkit.TopicProbe;

/**
 * A steady stream of ITSM calls over the instances in rotation while a fault test does its damage: a measurement
 * every 50 ms and, every 2 s, a review that misses every objective of the ledger entry. Every call asserts its
 * answer, so an error answered to a client ends the stream and fails the test.
 */
final class ClusterStream implements AutoCloseable {

    private final CsiApi api;
    private final ClusterLedger.Entry entry;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger measured = new AtomicInteger();
    private final CompletableFuture<Void> stream;

    ClusterStream(CsiApi api, ClusterLedger.Entry entry) {
        this.api = api;
        this.entry = entry;
        this.stream = CompletableFuture.runAsync(this::run);
    }

    private void run() {
        long nextReview = System.nanoTime();
        for (int i = 0; running.get(); i++) {
            api.recordMttr(entry.service(), 5 + i % 4, Instant.now(), entry.service() + "-" + i);
            measured.incrementAndGet();
            if (i > 0 && System.nanoTime() >= nextReview) {
                assertEquals(entry.objectives().stream().collect(Collectors.toMap(o -> o, o -> "MISSED")),
                        api.reviewNow(entry.initiative()));
                entry.reviews().incrementAndGet();
                nextReview += TimeUnit.SECONDS.toNanos(2);
            }
            sleep(50);
        }
    }

    int measured() {
        return measured.get();
    }

    /** Throws what the stream met, if a call failed. */
    void assertRunning() {
        if (stream.isDone()) {
            stream.join();
        }
    }

    /** Ends the stream and checks that every measurement sent is stored and announced once. */
    void finish(ClusterSuite.Cluster cluster) throws Exception {
        close();
        stream.get(60, TimeUnit.SECONDS);
        int in = measured.get();
        try (TopicProbe broker = TopicProbe.fromBeginning(cluster.stack().bootstrapServers(), CsiTopics.ASSESSMENTS)) {
            CsiApi.awaitEvents(broker, "csi.measurement.recorded", entry.service(), in);
            List<ConsumerRecord<String, String>> seen = broker.drain(r -> true, Duration.ofSeconds(2));
            assertEquals(in, api.storedMeasurements(entry.service()), "every measurement sent is stored once");
            assertEquals(in, CsiApi.eventIds(seen, "csi.measurement.recorded", entry.service()).size(),
                    "every stored measurement is announced once");
        }
    }

    @Override
    public void close() {
        running.set(false);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
