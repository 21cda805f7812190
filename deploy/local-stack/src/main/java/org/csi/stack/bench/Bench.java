package org.csi.stack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csi.events.CsiService;
import org.csi.events.CsiTopics;
import org.csi.stack.LocalStackMain;
import org.csi.stack.security.JwtKeys;
import org.csi.stack.security.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the benchmarks share: where the running suite is, tokens of the local run, plain HTTP calls, Kafka clients
 * configured like the bench's own consumer, consumer-lag reading and the printing of percentiles and ratios.
 * Benchmarks print figures; nothing here asserts a time.
 */
final class Bench {

    static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP/1.1 as the ITSM tools speak it: the default h2c upgrade attempt of a plain-http request hung here. */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final Path HOME = Path.of(env("CSI_HOME", ".csi"));
    static final String INITIATIVES = env("CSI_INITIATIVE_URL", "http://localhost:8081");
    static final String ASSESSMENTS = env("CSI_ASSESSMENT_URL", "http://localhost:8082");
    static final String SIPS = env("CSI_SIP_URL", "http://localhost:8083");
    static final String NOTIFICATIONS = env("CSI_NOTIFICATION_URL", "http://localhost:8084");
    static final String BOOTSTRAP = env("CSI_KAFKA", "localhost:9092");
    /** The CSI topics the services consume. */
    static final List<String> TOPICS = CsiService.topics();
    /** The topic of the bare Kafka floor: made like the CSI topics (same broker, partitions, replication). */
    static final String FLOOR_TOPIC = "csi.bench.floor";

    private static PrivateKey key;

    private Bench() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A token of the local run for a person or client (the subject) with one role, signed with .csi/jwt. */
    static synchronized String token(String subject, String role) {
        if (key == null) {
            key = JwtKeys.in(HOME.resolve("jwt")).privateKey();
        }
        return Tokens.issue(key, LocalStackMain.LOCAL_ISSUER, subject, List.of(role), Duration.ofHours(2));
    }

    static String admin() {
        return token("csi-bench", "csi-admin");
    }

    /** Sends a request and returns the answer; throws on anything but 2xx. */
    static HttpResponse<String> send(HttpClient client, String token, String method, String url, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    static JsonNode call(String token, String method, String url, String body) throws IOException, InterruptedException {
        String answer = send(HTTP, token, method, url, body).body();
        return answer.isBlank() ? JSON.createObjectNode() : JSON.readTree(answer);
    }

    static JsonNode get(String token, String url) throws IOException, InterruptedException {
        return call(token, "GET", url, null);
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a condition (polled every {@code everyMillis}); false when the time ran out. */
    static boolean await(Duration timeout, long everyMillis, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(everyMillis);
        }
        return condition.getAsBoolean();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Properties consumerProps() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "csi-bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }

    /** A consumer assigned to every partition of the topics, positioned at their ends (sees only what comes next). */
    static KafkaConsumer<String, String> consumerAtEnd(Collection<String> topics) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** The producer of the floor: what the outbox relay uses (acks=all, idempotent, no linger), nothing else. */
    static KafkaProducer<String, String> floorProducer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    static Admin admin(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(props);
    }

    /** Creates the floor topic with the partitions and replication of csi.initiatives, unless it exists. */
    static void ensureFloorTopic() throws InterruptedException, ExecutionException {
        try (Admin admin = admin(BOOTSTRAP)) {
            if (admin.listTopics().names().get().contains(FLOOR_TOPIC)) {
                return;
            }
            var like = admin.describeTopics(List.of(CsiTopics.INITIATIVES)).allTopicNames().get().get(CsiTopics.INITIATIVES);
            short replication = (short) like.partitions().get(0).replicas().size();
            try {
                admin.createTopics(List.of(new NewTopic(FLOOR_TOPIC, like.partitions().size(), replication))).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Total consumer lag of the suite's consumer groups (the services', not the bench's) on the CSI topics: end offset
     * minus committed offset, summed over partitions. Zero when every service consumed everything published so far.
     */
    static Map<String, Long> lagByGroup(Admin admin) throws InterruptedException, ExecutionException {
        Set<String> groups = admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                .filter(g -> g.endsWith("-service")).collect(Collectors.toSet());
        Map<String, Long> lag = new HashMap<>();
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetAndMetadata> csi = new HashMap<>();
            offsets.forEach((tp, om) -> {
                if (TOPICS.contains(tp.topic())) {
                    csi.put(tp, om);
                    wanted.put(tp, OffsetSpec.latest());
                }
            });
            committed.put(group, csi);
        }
        var ends = admin.listOffsets(wanted).all().get();
        for (var group : committed.entrySet()) {
            long sum = 0;
            for (var entry : group.getValue().entrySet()) {
                long end = ends.get(entry.getKey()).offset();
                long at = entry.getValue() == null ? 0 : entry.getValue().offset();
                sum += Math.max(0, end - at);
            }
            lag.put(group.getKey(), sum);
        }
        return lag;
    }

    static long totalLag(Admin admin) {
        try {
            return lagByGroup(admin).values().stream().mapToLong(Long::longValue).sum();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot read consumer lag: " + e.getMessage(), e);
        }
    }

    /**
     * Waits until every service consumed everything on the CSI topics (lag 0). The setups wait for it before sending
     * measurements: assessment-service's gap analysis can miss a gap when a measurement and the objective it misses
     * arrive in two concurrent transactions (each sees the other not yet committed).
     */
    static boolean awaitQuiet(Duration timeout) {
        try (Admin admin = admin(BOOTSTRAP)) {
            return await(timeout, 100, () -> totalLag(admin) == 0);
        }
    }

    /** pids of the suite's processes recorded by ./csi up (a pid file holds the pid, then the port). */
    static Optional<Long> pidOf(String component) {
        Path file = HOME.resolve("pids").resolve(component + ".pid");
        try {
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).trim().split("\\s+")[0]))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** VmRSS of a process in MB, from /proc (Linux); -1 when unknown. */
    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux or gone
        }
        return -1;
    }

    /**
     * CPU time, in seconds, a process and its living descendants (PostgreSQL's server processes) have used so far;
     * -1 when the process is gone or the system does not say.
     */
    static double cpuSeconds(long pid) {
        return ProcessHandle.of(pid)
                .map(handle -> java.util.stream.Stream.concat(java.util.stream.Stream.of(handle), handle.descendants())
                        .map(p -> p.info().totalCpuDuration().orElse(java.time.Duration.ZERO))
                        .reduce(java.time.Duration.ZERO, java.time.Duration::plus).toMillis() / 1000.0)
                .orElse(-1.0);
    }

    // ---- figures

    /** Percentiles of a sample in ms. */
    record Stats(int n, double p50, double p90, double p99, double max) {
        static Stats of(Collection<Double> millis) {
            if (millis.isEmpty()) {
                return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return new Stats(sorted.size(), pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99),
                    sorted.get(sorted.size() - 1));
        }

        private static double pct(List<Double> sorted, double p) {
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
        }
    }

    static void print(String what, Stats s) {
        System.out.printf("  %-58s n=%-5d p50 %8.2f ms  p90 %8.2f ms  p99 %8.2f ms  max %8.2f ms%n", what, s.n(), s.p50(),
                s.p90(), s.p99(), s.max());
    }

    /** Prints a measured sample beside the floor of the same run, with the ratio of each percentile. */
    static void printRatio(String what, Stats measured, Stats floor) {
        print(what, measured);
        System.out.printf("  %-58s         p50 %7.2fx    p90 %7.2fx    p99 %7.2fx%n", "  ratio to the floor",
                measured.p50() / floor.p50(), measured.p90() / floor.p90(), measured.p99() / floor.p99());
    }

    static void header(String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    static String runId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
