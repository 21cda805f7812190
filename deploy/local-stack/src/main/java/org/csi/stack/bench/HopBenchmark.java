package org.csi.stack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.csi.events.CsiTopics;

/**
 * {@code ./csi bench hop [count]}: how fast one event travels, beside the bare Kafka floor of the same moment.
 *
 * <ul>
 * <li>floor: a plain producer (acks=all) -> a plain consumer on the suite's broker ({@link KafkaFloor});</li>
 * <li>hop: from the HTTP 201 of {@code POST /api/v1/initiatives} (the transaction with the outbox row has committed)
 * to the {@code csi.initiative.created} record arriving at a plain consumer configured like the floor's. It covers the
 * relay's wake-up (LISTEN/NOTIFY), claim, send, broker ack and the consumer's fetch;</li>
 * <li>consumed by another service: from the 201 to the communication that notification-service recorded for the
 * event being readable on its API (polled every 2 ms, so it includes one GET).</li>
 * </ul>
 * Floor and hop samples alternate, one of each per round with a quiet 100 ms before each, so both see the same load
 * of the machine.
 */
public final class HopBenchmark {

    /** Interleaved hop and floor samples; also used while another scenario loads the suite. */
    static final class Sampler implements AutoCloseable {
        private final String token = Bench.admin();
        private final Map<String, Long> arrived = new ConcurrentHashMap<>();
        private final EventWatch watch;
        private final KafkaFloor floor;
        final List<Double> hops = new ArrayList<>();
        final List<Double> floors = new ArrayList<>();
        int lost;
        long gapMillis = 100;

        Sampler() throws Exception {
            watch = new EventWatch(List.of(CsiTopics.INITIATIVES), a -> {
                if ("csi.initiative.created".equals(a.type())) {
                    arrived.putIfAbsent(a.record().key(), a.nanos());
                }
            });
            floor = new KafkaFloor();
        }

        /**
         * One round: a floor sample, then a hop sample, each after a quiet {@link #gapMillis}: a hop sets off work in
         * the other services (communications, e-mail, their events), and a floor sample taken in its wake would be
         * measured on a busier machine than the hop was.
         */
        void round(String title) throws Exception {
            Bench.sleep(gapMillis);
            double f = floor.sample();
            Bench.sleep(gapMillis);
            if (!Double.isNaN(f)) {
                floors.add(f);
            }
            String id = create(token, title);
            long committed = System.nanoTime();
            long deadline = committed + Duration.ofSeconds(10).toNanos();
            Long at;
            while ((at = arrived.get(id)) == null && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(100_000); // the arrival time is the consumer's, not ours
            }
            if (at == null) {
                lost++;
            } else {
                hops.add((at - committed) / 1e6);
            }
        }

        void clear() {
            hops.clear();
            floors.clear();
        }

        @Override
        public void close() {
            floor.close();
            watch.close();
        }
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        System.out.printf("CSI bench hop: %d rounds (one floor sample, one hop), sequential, against %s%n", count,
                Bench.INITIATIVES);
        try (Sampler sampler = new Sampler()) {
            for (int i = 0; i < 20; i++) {
                sampler.round("warm-up " + i); // JIT and connections, not counted
            }
            sampler.clear();
            for (int i = 0; i < count; i++) {
                sampler.round("hop " + i);
            }
            Bench.Stats floor = Bench.Stats.of(sampler.floors);
            Bench.print("floor: producer send (acks=all) -> plain consumer", floor);
            Bench.printRatio("hop: 201 (outbox committed) -> event at a plain consumer", Bench.Stats.of(sampler.hops),
                    floor);
            if (sampler.lost > 0) {
                System.out.printf("  %d events did not arrive within 10 s%n", sampler.lost);
            }
        }

        String token = Bench.admin();
        List<Double> communication = new ArrayList<>();
        int rounds = Math.min(count, 50);
        for (int i = 0; i < rounds; i++) {
            String id = create(token, "communication " + i);
            long committed = System.nanoTime();
            boolean seen = Bench.await(Duration.ofSeconds(10), 2, () -> {
                try {
                    return Bench.get(token, Bench.NOTIFICATIONS + "/api/v1/communications?initiativeId=" + id)
                            .path("totalItems").asInt() > 0;
                } catch (Exception e) {
                    return false;
                }
            });
            if (seen) {
                communication.add((System.nanoTime() - committed) / 1e6);
            }
        }
        Bench.print("201 -> communication readable on notification-service", Bench.Stats.of(communication));
    }

    static String create(String token, String title) throws Exception {
        String body = "{\"title\":" + Bench.quote(title) + ",\"vision\":\"Measured at " + Instant.now()
                + "\",\"focusAreas\":[\"SERVICE_QUALITY\"],\"owner\":\"bench@example.com\",\"services\":[\"bench\"]}";
        return Bench.call(token, "POST", Bench.INITIATIVES + "/api/v1/initiatives", body).path("id").asText();
    }
}
