package org.csi.stack.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.csi.events.CsiTopics;

/**
 * {@code ./csi bench ingest [requests] [size]}: an ITSM tool sends 10 bulk requests of 5,000 measurements in a row
 * ({@code POST /api/v1/measurements/bulk}, a csi-integration client whose client id is the sourceSystem). Prints each
 * request's time and rate, when the last {@code csi.measurement.recorded} of the run arrived at a plain consumer
 * (every event is on the broker), and when every service's consumer group had consumed everything on the CSI topics
 * (consumer lag 0, read with the Kafka AdminClient: committed offsets against end offsets). The floor is the broker's
 * own: the same number of records of the same size through a plain producer (acks=all, batching) and consumer.
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        String run = Bench.runId();
        String itsm = Bench.token(Cycle.ITSM, "csi-integration");
        System.out.printf("CSI bench ingest: %d bulk requests of %d measurements in a row (run %s)%n", requests, size, run);
        String tag = "ingest-" + run;
        AtomicLong onBroker = new AtomicLong();
        AtomicLong lastOnBroker = new AtomicLong();
        long total = (long) requests * size;
        HttpClient client = Bench.HTTP;
        try (KafkaFloor floor = new KafkaFloor();
                Admin admin = Bench.admin(Bench.BOOTSTRAP);
                EventWatch watch = new EventWatch(List.of(CsiTopics.ASSESSMENTS), a -> {
                    if ("csi.measurement.recorded".equals(a.type()) && a.record().value().contains(tag)) {
                        onBroker.incrementAndGet();
                        lastOnBroker.accumulateAndGet(a.nanos(), Math::max);
                    }
                })) {
            // the floor: as many records of about a measurement event's size, through the bare broker
            double floorRate = floor.throughput((int) total, 450);
            System.out.printf("  floor: %d records (450 B) producer (acks=all) -> plain consumer: %.0f records/s%n", total,
                    floorRate);
            Bench.await(Duration.ofSeconds(60), 100, () -> Bench.totalLag(admin) == 0);
            // warm-up: one small request, not counted
            Bench.send(client, itsm, "POST", Bench.ASSESSMENTS + "/api/v1/measurements/bulk", body("warm-" + run, 0, 100));
            List<Double> rates = new ArrayList<>();
            long start = System.nanoTime();
            for (int r = 0; r < requests; r++) {
                String body = body(tag, r, size);
                long t0 = System.nanoTime();
                Bench.send(client, itsm, "POST", Bench.ASSESSMENTS + "/api/v1/measurements/bulk", body);
                double seconds = (System.nanoTime() - t0) / 1e9;
                rates.add(size / seconds);
                System.out.printf("  request %2d: %5d measurements in %6.3f s = %7.0f measurements/s%n", r + 1, size,
                        seconds, size / seconds);
            }
            long lastAnswered = System.nanoTime();
            boolean all = Bench.await(Duration.ofMinutes(5), 5, () -> onBroker.get() >= total);
            long lagZero = 0;
            if (Bench.await(Duration.ofMinutes(10), 50, () -> Bench.totalLag(admin) == 0)) {
                lagZero = System.nanoTime();
            }
            double overall = total / ((lastAnswered - start) / 1e9);
            System.out.printf("  all %d requests: %.2f s, %.0f measurements/s; last request %.0f%% of the first's rate%n",
                    requests, (lastAnswered - start) / 1e9, overall, 100 * rates.get(rates.size() - 1) / rates.get(0));
            System.out.printf("  ratio of the ingest rate to the broker's throughput floor: %.2f%n", overall / floorRate);
            System.out.printf("  csi.measurement.recorded on the broker: %d of %d%s%n", onBroker.get(), total,
                    all ? String.format(", the last %.2f s after the last request was answered",
                            (lastOnBroker.get() - lastAnswered) / 1e9) : " (NOT all within 5 min)");
            if (lagZero > 0) {
                System.out.printf("  every service's consumer lag 0 on the CSI topics %.2f s after the last request%n",
                        (lagZero - lastAnswered) / 1e9);
            } else {
                System.out.printf("  consumer lag still %s after 10 min%n", Bench.lagByGroup(admin));
            }
        }
    }

    private static String body(String tag, int request, int size) {
        String at = Instant.now().minusSeconds(5).toString();
        StringBuilder b = new StringBuilder(size * 200).append("{\"measurements\": [");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"kpiKey\": \"incident.mttr.hours\", \"service\": \"").append(tag).append('-').append(i % 50)
                    .append("\", \"value\": ").append(1 + (i % 10)).append(", \"unit\": \"hours\", \"measuredAt\": \"")
                    .append(at).append("\", \"sourceSystem\": \"").append(Cycle.ITSM).append("\", \"sourceId\": \"")
                    .append(tag).append('-').append(request).append('-').append(i).append("\"}");
        }
        return b.append("]}").toString();
    }
}
