package org.csi.stack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ./csi bench chain [count]}: the defining CSI flow, step by step, from the HTTP answer of a checkpoint review
 * (one objective missed):
 * review -> {@code csi.target.missed} at a plain consumer -> {@code csi.sip.drafted} at a plain consumer -> the FEED
 * communication readable on notification-service's feed (polled every 2 ms) -> {@code csi.communication.sent} of the
 * e-mail (the SMTP server accepted it) -> the .eml file written by the local run's SMTP sink (.csi/mail, polled every
 * 2 ms; the sink itself looks for new messages every 200 ms).
 * Every round also takes one bare Kafka floor sample, and the ratios are to the floor's p50.
 */
public final class ChainBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Cycle cycle = new Cycle(Bench.runId());
        System.out.printf("CSI bench chain: %d reviews, one missed objective each, sequential (run %s)%n", count, cycle.run);
        Map<String, Long> missed = new ConcurrentHashMap<>();
        Map<String, Long> drafted = new ConcurrentHashMap<>();
        Map<String, Long> mailSent = new ConcurrentHashMap<>();
        MailBox mail = new MailBox(cycle.mailAddress());
        try (KafkaFloor floor = new KafkaFloor();
                EventWatch watch = new EventWatch(Bench.TOPICS, a -> {
                    String type = a.type();
                    if ("csi.target.missed".equals(type)) {
                        missed.putIfAbsent(a.record().key(), a.nanos());
                    } else if ("csi.sip.drafted".equals(type) && a.record().value().contains("\"TARGET_MISSED\"")) {
                        drafted.putIfAbsent(a.record().key(), a.nanos());
                    } else if ("csi.communication.sent".equals(type) && a.record().value().contains("\"bench-mail\"")) {
                        mailSent.putIfAbsent(a.record().key(), a.nanos());
                    }
                })) {
            List<String[]> prepared = new ArrayList<>();
            int total = count + 3; // three warm-up rounds
            for (int i = 0; i < total; i++) {
                String id = cycle.initiative(i, 1);
                prepared.add(new String[] {id, null});
            }
            Bench.awaitQuiet(Duration.ofSeconds(180)); // the objectives projected before their measurements arrive
        cycle.missEverything(total, 1);
            for (int i = 0; i < total; i++) {
                int index = i;
                if (!Bench.await(Duration.ofSeconds(60), 20, () -> cycle.projected(index, 1))) {
                    throw new IllegalStateException("initiative-service never projected the measurements of " + i);
                }
                cycle.cancelGapSips(prepared.get(i)[0], 1);
                prepared.get(i)[1] = cycle.checkpoint(prepared.get(i)[0]);
            }
            try (var admin = Bench.admin(Bench.BOOTSTRAP)) {
                Bench.await(Duration.ofSeconds(60), 50, () -> Bench.totalLag(admin) == 0); // the setup's events consumed
            }
            for (String[] p : prepared) {
                cycle.plan(p[0]);
            }
            List<Double> floors = new ArrayList<>();
            List<Double> toMissed = new ArrayList<>();
            List<Double> toDrafted = new ArrayList<>();
            List<Double> toFeed = new ArrayList<>();
            List<Double> toMailSent = new ArrayList<>();
            List<Double> toMailFile = new ArrayList<>();
            int incomplete = 0;
            for (int i = 0; i < total; i++) {
                String id = prepared.get(i)[0];
                double f = floor.sample();
                long mailsBefore = mail.count();
                missed.remove(id); // only what the review causes counts
                drafted.remove(id);
                mailSent.remove(id);
                cycle.review(id, prepared.get(i)[1]);
                long reviewed = System.nanoTime();
                boolean feed = Bench.await(Duration.ofSeconds(20), 2, () -> feedHas(cycle, id));
                long feedAt = System.nanoTime();
                boolean file = Bench.await(Duration.ofSeconds(20), 2, () -> mail.count() > mailsBefore);
                long fileAt = System.nanoTime();
                Bench.await(Duration.ofSeconds(5), 2, () -> mailSent.containsKey(id));
                if (i < 3) {
                    continue; // warm-up
                }
                if (!feed || !file || !missed.containsKey(id) || !drafted.containsKey(id) || !mailSent.containsKey(id)) {
                    incomplete++;
                    continue;
                }
                floors.add(f);
                toMissed.add((missed.get(id) - reviewed) / 1e6);
                toDrafted.add((drafted.get(id) - reviewed) / 1e6);
                toFeed.add((feedAt - reviewed) / 1e6);
                toMailSent.add((mailSent.get(id) - reviewed) / 1e6);
                toMailFile.add((fileAt - reviewed) / 1e6);
            }
            Bench.Stats fl = Bench.Stats.of(floors);
            Bench.print("floor: producer send (acks=all) -> plain consumer", fl);
            Bench.printRatio("review 200 -> csi.target.missed consumed", Bench.Stats.of(toMissed), fl);
            Bench.printRatio("review 200 -> csi.sip.drafted consumed", Bench.Stats.of(toDrafted), fl);
            Bench.printRatio("review 200 -> FEED communication readable (GET /feed)", Bench.Stats.of(toFeed), fl);
            Bench.printRatio("review 200 -> e-mail accepted by SMTP (communication.sent)", Bench.Stats.of(toMailSent), fl);
            Bench.printRatio("review 200 -> .eml file in the SMTP sink", Bench.Stats.of(toMailFile), fl);
            if (incomplete > 0) {
                System.out.printf("  %d rounds did not complete every step within 20 s%n", incomplete);
            }
        }
    }

    private static boolean feedHas(Cycle cycle, String initiative) {
        try {
            JsonNode page = Bench.get(cycle.admin, Bench.NOTIFICATIONS + "/api/v1/communications?initiativeId="
                    + initiative + "&channel=FEED&status=DELIVERED");
            return page.path("totalItems").asInt() > 0;
        } catch (Exception e) {
            return false;
        }
    }
}
