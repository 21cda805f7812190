package org.csi.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault: the Kafka broker is stopped for 20 s in the middle of a stream of measurements and checkpoint reviews, then
 * started again. The APIs keep answering (the outbox holds the events), and afterwards everything that went in came
 * out exactly once: measurements stored and announced, target.missed events, the SIP occurrences and the
 * communications they caused.
 */
@ExtendWith(RunningSuite.class)
class BrokerOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);

    private final RunningSuite.Suite suite = RunningSuite.get();
    private final CsiApi api = new CsiApi(suite);
    private final String service = CsiApi.uniqueService("outage");

    @Test
    void aTwentySecondBrokerOutageLosesNothingAndDoublesNothing() throws Exception {
        String initiative = api.createInitiative(service, "Ride out a broker outage");
        api.plan(initiative, List.of("desk-" + service + ":FEED"), "csi.target.missed");
        String objective = api.setMttrObjective(initiative, service, "Restore within 4 hours");
        api.recordMttr(service, 9, Instant.now(), "m-0");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.projectedMttr(service) != null);

        // The stream: a measurement every 50 ms and a review every 2 s, every value above target, so every review
        // misses the objective once.
        AtomicBoolean streaming = new AtomicBoolean(true);
        AtomicInteger measured = new AtomicInteger(1);
        AtomicInteger missed = new AtomicInteger();
        AtomicInteger reviews = new AtomicInteger();
        CompletableFuture<Double> stream = CompletableFuture.supplyAsync(() -> {
            double last = 9;
            long nextReview = System.nanoTime();
            for (int i = 1; streaming.get(); i++) {
                last = 5 + i % 4;
                api.recordMttr(service, last, Instant.now(), "m-" + i);
                measured.incrementAndGet();
                if (System.nanoTime() >= nextReview) {
                    assertEquals(Map.of(objective, "MISSED"), api.reviewNow(initiative));
                    reviews.incrementAndGet();
                    missed.incrementAndGet();
                    nextReview += TimeUnit.SECONDS.toNanos(2);
                }
                sleep(50);
            }
            return last;
        });

        sleep(5_000);
        suite.stack().kafka().stop();
        int measuredBefore = measured.get();
        int missedBefore = missed.get();
        sleep(OUTAGE.toMillis());
        int measuredDuring = measured.get() - measuredBefore;
        int missedDuring = missed.get() - missedBefore;
        suite.stack().kafka().start();
        sleep(5_000);
        streaming.set(false);
        double lastValue = stream.get(60, TimeUnit.SECONDS);
        assertTrue(measuredDuring > 0 && missedDuring > 0, "the stream went on while the broker was down");

        int in = measured.get();
        int misses = missed.get();
        String bootstrap = suite.stack().bootstrapServers();
        try (TopicProbe broker = TopicProbe.fromBeginning(bootstrap, CsiTopics.ASSESSMENTS, CsiTopics.INITIATIVES,
                CsiTopics.SIPS)) {
            // Every event reaches the broker once the outbox relays catch up, and every consumer catches up too.
            CsiApi.awaitEvents(broker, "csi.measurement.recorded", service, in);
            CsiApi.awaitEvents(broker, "csi.target.missed", initiative, misses);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                    KafkaGroups.consumedAll(bootstrap, "initiative-service", CsiTopics.ASSESSMENTS, CsiTopics.SIPS)
                            && KafkaGroups.consumedAll(bootstrap, "sip-service", CsiTopics.INITIATIVES)
                            && KafkaGroups.consumedAll(bootstrap, "notification-service", CsiTopics.INITIATIVES)
                            && api.communications(initiative, "csi.target.missed", "DELIVERED") >= misses);
            List<ConsumerRecord<String, String>> seen = broker.drain(r -> true, Duration.ofSeconds(2));

            long stored = api.storedMeasurements(service);
            int announced = CsiApi.eventIds(seen, "csi.measurement.recorded", service).size();
            int missedEvents = CsiApi.eventIds(seen, "csi.target.missed", initiative).size();
            List<Map<String, Object>> sips = api.sips(initiative);
            List<String> occurrences = api.occurrenceKinds(sips.get(0).get("id"));
            long missOccurrences = occurrences.stream().filter("TARGET_MISSED"::equals).count();
            long communications = api.communications(initiative, "csi.target.missed", "DELIVERED");
            System.out.printf("[figures] broker outage of %d s: %d measurements sent (%d during the outage), %d stored,"
                    + " %d measurement.recorded (%d records on the broker); %d reviews (%d during), %d target.missed"
                    + " (%d records), %d SIP with %d miss occurrences, %d communications delivered%n",
                    OUTAGE.toSeconds(), in, measuredDuring, stored, announced,
                    CsiApi.records(seen, "csi.measurement.recorded", service), reviews.get(), missedDuring,
                    missedEvents, CsiApi.records(seen, "csi.target.missed", initiative), sips.size(), missOccurrences,
                    communications);

            assertEquals(in, stored, "every measurement sent is stored once");
            assertEquals(in, announced, "every stored measurement is announced once");
            assertEquals(lastValue, api.projectedMttr(service), 0.001, "initiative-service saw the newest value");
            assertEquals(misses, missedEvents, "one target.missed per missed review");
            assertEquals(1, sips.size(), "one SIP for the objective, however often it was missed");
            assertEquals(misses, missOccurrences, "each miss is one occurrence on that SIP");
            assertEquals(misses, communications, "each miss told the feed audience once");
            assertEquals(0, api.communications(initiative, "csi.target.missed", "FAILED"));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
