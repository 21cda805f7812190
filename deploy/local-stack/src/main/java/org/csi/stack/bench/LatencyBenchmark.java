package org.csi.stack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.csi.events.CsiTopics;
import org.csi.stack.LocalStackMain;
import org.csi.stack.security.JwtKeys;
import org.csi.stack.security.Tokens;

/**
 * Measures, against a running suite ({@code ./csi up}), how fast an event travels: a benchmark that prints figures, not
 * a test. Run it with {@code ./csi bench [count]}.
 *
 * <ul>
 * <li>outbox -> Kafka: from the HTTP 201 of {@code POST /api/v1/initiatives} (the transaction with the outbox row has
 * committed) to the {@code csi.initiative.created} record arriving at a plain consumer on the broker. This includes
 * the consumer's own fetch, so it is an upper bound of the relay's delay.</li>
 * <li>POST -> communication: from the 201 to the communication being readable on notification-service's
 * {@code GET /api/v1/communications?initiativeId=} (polled every 2 ms).</li>
 * </ul>
 */
public final class LatencyBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A csi-admin token of the local run (the key pair ./csi up made under .csi/jwt). */
    private static final String TOKEN = Tokens.issue(
            JwtKeys.in(Path.of(System.getenv().getOrDefault("CSI_HOME", ".csi")).resolve("jwt")).privateKey(),
            LocalStackMain.LOCAL_ISSUER, "csi-bench", List.of("csi-admin"), Duration.ofHours(1));
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String initiatives = System.getenv().getOrDefault("CSI_INITIATIVE_URL", "http://localhost:8081");
        String notifications = System.getenv().getOrDefault("CSI_NOTIFICATION_URL", "http://localhost:8084");
        String bootstrap = System.getenv().getOrDefault("CSI_KAFKA", "localhost:9092");

        Map<String, Long> arrivedNanos = new ConcurrentHashMap<>();
        Thread consumer = new Thread(() -> consume(bootstrap, arrivedNanos), "bench-consumer");
        consumer.setDaemon(true);
        consumer.start();
        Thread.sleep(3_000); // let the consumer take its partitions

        System.out.printf("CSI latency benchmark: %d initiatives, sequential, against %s%n", count, initiatives);
        for (int i = 0; i < 20; i++) {
            post(initiatives, "warm-up " + i); // JIT and connection warm-up, not measured
        }
        List<Double> relay = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = post(initiatives, "benchmark " + i);
            long committed = System.nanoTime();
            long deadline = committed + Duration.ofSeconds(10).toNanos();
            while (!arrivedNanos.containsKey(id) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            Long arrived = arrivedNanos.get(id);
            if (arrived == null) {
                System.out.println("  event of " + id + " did not arrive within 10 s");
                continue;
            }
            relay.add((arrived - committed) / 1e6);
        }
        report("201 (outbox row committed) -> event consumed from Kafka", relay);

        List<Double> communication = new ArrayList<>();
        int rounds = Math.min(count, 50);
        for (int i = 0; i < rounds; i++) {
            String id = post(initiatives, "communication " + i);
            long committed = System.nanoTime();
            long deadline = committed + Duration.ofSeconds(10).toNanos();
            boolean seen = false;
            while (!seen && System.nanoTime() < deadline) {
                seen = get(notifications + "/api/v1/communications?initiativeId=" + id)
                        .matches("(?s).*\"totalItems\":[1-9].*");
                if (!seen) {
                    Thread.sleep(2);
                }
            }
            if (seen) {
                communication.add((System.nanoTime() - committed) / 1e6);
            }
        }
        report("201 -> communication readable on notification-service", communication);
    }

    private static void consume(String bootstrap, Map<String, Long> arrivedNanos) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "csi-bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(CsiTopics.INITIATIVES).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    var type = record.headers().lastHeader("ce_type");
                    if (type != null && "csi.initiative.created".equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        arrivedNanos.putIfAbsent(record.key(), System.nanoTime());
                    }
                }
            }
        }
    }

    private static String post(String base, String title) throws Exception {
        String body = "{\"title\":\"" + title + "\",\"vision\":\"Measured at " + Instant.now()
                + "\",\"focusAreas\":[\"SERVICE_QUALITY\"],\"owner\":\"bench@example.com\",\"services\":[\"bench\"]}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/initiatives"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST answered " + response.statusCode() + ": " + response.body());
        }
        Matcher id = ID.matcher(response.body());
        if (!id.find()) {
            throw new IllegalStateException("No id in " + response.body());
        }
        return id.group(1);
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static void report(String what, List<Double> millis) {
        if (millis.isEmpty()) {
            System.out.println(what + ": no samples");
            return;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s (n=%d): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, sorted.size(),
                percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
