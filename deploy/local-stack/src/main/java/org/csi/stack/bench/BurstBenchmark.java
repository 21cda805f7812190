package org.csi.stack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ./csi bench burst [initiatives] [objectives]}: 100 initiatives x 10 objectives, every target missed, and all
 * 100 checkpoints reviewed at once (16 concurrent requests): 1,000 {@code csi.target.missed} at once. Prints when the
 * last of the 1,000 SIPs was drafted, the last of the 1,000 FEED communications recorded (delivered at once), the last
 * of the 1,000 e-mails accepted by SMTP and written by the sink, as times from the first review and rates per second;
 * then checks the counts through the APIs (the SIPs the gap analysis drafted during the setup are cancelled, see
 * {@link Cycle}, and not counted) (every objective has exactly one SIP, every SIP exactly one communication
 * per audience: nothing lost, nothing doubled). Meanwhile a hop sampler measures the hop and the Kafka floor, as in
 * {@code hop}, so the hop under load is seen beside the floor under the same load.
 */
public final class BurstBenchmark {

    /** What one burst measured (the startup scenario reads it too). */
    record Result(double sipsSeconds, double feedSeconds, double mailSeconds, boolean countsOk) {
    }

    public static void main(String[] args) throws Exception {
        int initiatives = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int objectives = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        run(initiatives, objectives);
    }

    static Result run(int initiatives, int objectives) throws Exception {
        Cycle cycle = new Cycle(Bench.runId());
        int misses = initiatives * objectives;
        System.out.printf("CSI bench burst: %d initiatives x %d objectives = %d missed targets reviewed at once (run %s)%n",
                initiatives, objectives, misses, cycle.run);
        long setupStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<String>> made = new ArrayList<>();
        for (int i = 0; i < initiatives; i++) {
            int index = i;
            made.add(pool.submit(() -> cycle.initiative(index, objectives)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : made) {
            ids.add(f.get());
        }
        Bench.awaitQuiet(Duration.ofSeconds(180)); // the objectives projected before their measurements arrive
        cycle.missEverything(initiatives, objectives);
        for (int i = 0; i < initiatives; i++) {
            int index = i;
            if (!Bench.await(Duration.ofSeconds(120), 50, () -> cycle.projected(index, objectives))) {
                throw new IllegalStateException("initiative-service never projected the measurements of " + i);
            }
        }
        List<Future<?>> cancelled = new ArrayList<>();
        for (String id : ids) {
            cancelled.add(pool.submit(() -> {
                cycle.cancelGapSips(id, objectives);
                return null;
            }));
        }
        for (Future<?> f : cancelled) {
            f.get();
        }
        List<Future<String>> checkpoints = new ArrayList<>();
        for (String id : ids) {
            checkpoints.add(pool.submit(() -> cycle.checkpoint(id)));
        }
        List<String> checkpointIds = new ArrayList<>();
        for (Future<String> f : checkpoints) {
            checkpointIds.add(f.get());
        }
        try (var admin = Bench.admin(Bench.BOOTSTRAP)) {
            Bench.await(Duration.ofSeconds(120), 100, () -> Bench.totalLag(admin) == 0); // the setup's events consumed
        }
        List<Future<?>> plans = new ArrayList<>();
        for (String id : ids) {
            plans.add(pool.submit(() -> {
                cycle.plan(id);
                return null;
            }));
        }
        for (Future<?> f : plans) {
            f.get();
        }
        System.out.printf("  set up in %.1f s (initiatives, plans, objectives, measurements projected, checkpoints)%n",
                (System.nanoTime() - setupStart) / 1e9);

        Set<String> ours = Set.copyOf(ids);
        Counter missed = new Counter(misses);
        Counter drafted = new Counter(misses);
        Counter feed = new Counter(misses);
        Counter mails = new Counter(misses);
        Set<String> draftedObjectives = ConcurrentHashMap.newKeySet();
        Set<String> sentCommunications = ConcurrentHashMap.newKeySet();
        AtomicLong duplicates = new AtomicLong();
        MailBox mailBox = new MailBox(cycle.mailAddress());
        long mailsBefore = mailBox.count();
        try (KafkaFloor floor = new KafkaFloor();
                EventWatch watch = new EventWatch(Bench.TOPICS, a -> {
                    if (!ours.contains(a.record().key())) {
                        return;
                    }
                    String type = a.type();
                    try {
                        if ("csi.target.missed".equals(type)) {
                            missed.arrived(a.nanos());
                        } else if ("csi.sip.drafted".equals(type) && a.record().value().contains("\"TARGET_MISSED\"")) {
                            JsonNode data = Bench.JSON.readTree(a.record().value());
                            if (draftedObjectives.add(data.path("objectiveId").asText())) {
                                drafted.arrived(a.nanos());
                            } else {
                                duplicates.incrementAndGet();
                            }
                        } else if ("csi.communication.sent".equals(type)) {
                            JsonNode data = Bench.JSON.readTree(a.record().value());
                            if (!"csi.sip.drafted".equals(data.path("sourceEventType").asText())) {
                                return; // not one of the burst's
                            } else if (!sentCommunications.add(data.path("communicationId").asText())) {
                                duplicates.incrementAndGet();
                            } else if ("FEED".equals(data.path("channel").asText())) {
                                feed.arrived(a.nanos());
                            } else if ("EMAIL".equals(data.path("channel").asText())) {
                                mails.arrived(a.nanos());
                            }
                        }
                    } catch (Exception e) {
                        System.out.println("  unreadable event: " + e.getMessage());
                    }
                });
                HopBenchmark.Sampler sampler = new HopBenchmark.Sampler()) {
            double floorRate = floor.throughput(misses, 600);
            for (int i = 0; i < 5; i++) {
                sampler.round("warm-up " + i);
            }
            sampler.clear();
            // a few idle rounds, so the hop under load is seen beside the hop without it
            for (int i = 0; i < 30; i++) {
                sampler.round("idle hop " + i);
            }
            Bench.Stats idleHop = Bench.Stats.of(sampler.hops);
            Bench.Stats idleFloor = Bench.Stats.of(sampler.floors);
            sampler.clear();

            AtomicBoolean burstRunning = new AtomicBoolean(true);
            sampler.gapMillis = 20; // under the burst there is no quiet moment to wait for
            Thread hops = new Thread(() -> {
                int i = 0;
                while (burstRunning.get()) {
                    try {
                        sampler.round("burst hop " + i++);
                    } catch (Exception e) {
                        System.out.println("  hop sample failed: " + e.getMessage());
                    }
                }
            }, "bench-hop-under-burst");

            long start = System.nanoTime();
            List<Future<?>> reviews = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                String checkpoint = checkpointIds.get(i);
                reviews.add(pool.submit(() -> {
                    cycle.review(id, checkpoint);
                    return null;
                }));
            }
            hops.start();
            for (Future<?> f : reviews) {
                f.get();
            }
            long reviewed = System.nanoTime();
            boolean done = Bench.await(Duration.ofSeconds(120), 10, () -> missed.complete() && drafted.complete()
                    && feed.complete() && mails.complete() && mailBox.count() - mailsBefore >= misses);
            long mailFiles = mailBox.count() - mailsBefore;
            long mailFilesAt = System.nanoTime();
            burstRunning.set(false);
            hops.join(15_000);
            pool.shutdown();

            System.out.printf("  floor: %d records producer (acks=all) -> plain consumer: %.0f records/s%n", misses,
                    floorRate);
            System.out.printf("  %d reviews answered in %.2f s%n", ids.size(), (reviewed - start) / 1e9);
            missed.print("csi.target.missed consumed", start);
            drafted.print("csi.sip.drafted consumed (SIPs drafted)", start);
            feed.print("FEED communications delivered (communication.sent)", start);
            mails.print("e-mails accepted by SMTP (communication.sent)", start);
            System.out.printf("  %-52s %5d of %d%s%n", ".eml files written by the SMTP sink", mailFiles, misses,
                    mailFiles >= misses ? String.format(" by %.2f s", (mailFilesAt - start) / 1e9) : "");
            if (!done) {
                System.out.println("  NOT everything arrived within 120 s of the reviews");
            }
            if (drafted.complete()) {
                System.out.printf("  ratio of SIP drafting to the broker's throughput floor: %.1fx slower%n",
                        floorRate / (misses / ((drafted.last.get() - start) / 1e9)));
            }
            System.out.println("  hop while idle, and while the burst ran (interleaved with floor samples):");
            Bench.print("  floor (idle)", idleFloor);
            Bench.printRatio("  hop (idle)", idleHop, idleFloor);
            Bench.Stats burstFloor = Bench.Stats.of(sampler.floors);
            Bench.print("  floor (during the burst)", burstFloor);
            Bench.printRatio("  hop (during the burst)", Bench.Stats.of(sampler.hops), burstFloor);

            boolean countsOk = checkCounts(cycle, ids, objectives, duplicates.get());
            return new Result(drafted.seconds(start), feed.seconds(start), mails.seconds(start), countsOk && done);
        }
    }

    /** Through the APIs: exactly one SIP per objective and one communication per SIP and audience. */
    private static boolean checkCounts(Cycle cycle, List<String> ids, int objectives, long duplicates) throws Exception {
        long sips = 0;
        long feeds = 0;
        long mails = 0;
        int wrong = 0;
        for (String id : ids) {
            long s = Bench.get(cycle.admin, Bench.SIPS + "/api/v1/sips?size=1&status=DRAFT&initiativeId=" + id).path("totalItems").asLong();
            long f = Bench.get(cycle.admin, Bench.NOTIFICATIONS + "/api/v1/communications?size=1&channel=FEED"
                    + "&status=DELIVERED&eventType=csi.sip.drafted&initiativeId=" + id).path("totalItems").asLong();
            long m = Bench.get(cycle.admin, Bench.NOTIFICATIONS + "/api/v1/communications?size=1&channel=EMAIL"
                    + "&status=DELIVERED&eventType=csi.sip.drafted&initiativeId=" + id).path("totalItems").asLong();
            sips += s;
            feeds += f;
            mails += m;
            if (s != objectives || f != objectives || m != objectives) {
                wrong++;
            }
        }
        long expected = (long) ids.size() * objectives;
        boolean ok = wrong == 0 && duplicates == 0;
        System.out.printf("  counts via the APIs: %d SIPs, %d FEED and %d EMAIL communications delivered (expected %d each);"
                + " %d initiatives off; %d duplicate events on Kafka -> %s%n", sips, feeds, mails, expected, wrong,
                duplicates, ok ? "nothing lost, nothing doubled" : "MISMATCH");
        return ok;
    }

    /** Counts arrivals of one kind and keeps the time of the last one. */
    static final class Counter {
        final int expected;
        final AtomicLong count = new AtomicLong();
        final AtomicLong last = new AtomicLong();

        Counter(int expected) {
            this.expected = expected;
        }

        void arrived(long nanos) {
            count.incrementAndGet();
            last.accumulateAndGet(nanos, Math::max);
        }

        boolean complete() {
            return count.get() >= expected;
        }

        double seconds(long start) {
            return complete() ? (last.get() - start) / 1e9 : Double.NaN;
        }

        void print(String what, long start) {
            double s = (last.get() - start) / 1e9;
            System.out.printf("  %-52s %5d of %d, last at %6.2f s: %7.0f /s%n", what, count.get(), expected, s,
                    count.get() / s);
        }
    }
}
