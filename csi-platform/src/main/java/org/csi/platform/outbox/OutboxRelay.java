package org.csi.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csi.events.CsiEventType;
import org.csi.platform.CsiConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Publishes outbox rows to Kafka as CloudEvents in binary mode and marks them sent.
 *
 * <p>One thread per service instance. It LISTENs on the {@code csi_outbox} channel, which a trigger notifies when an
 * outbox insert commits, so a committed event is published at once; it also polls as a fallback. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} inside a transaction that also takes a transaction-scoped advisory lock: when several
 * instances run, one publishes at a time and the others stand by, which keeps the events of one initiative in commit
 * order. A batch is marked sent only after the broker acknowledged every record (acks=all); if the broker is away the
 * transaction rolls back and the batch is tried again, so an event can be published twice but never lost; consumers
 * are idempotent on ce_id.
 *
 * <p>Hand-written because the pieces (LISTEN/NOTIFY wake-up, SKIP LOCKED claiming, synchronous acks) are what no
 * Quarkus extension offers together; it is plain blocking JDBC and kafka-clients.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "csi_outbox";
    /** Arbitrary constant: the advisory lock that serialises relays of one database. */
    private static final long RELAY_LOCK = 0x0C51_0A7BL;

    private final DataSource dataSource;
    private final CsiConfig config;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    /** Every kafka.* setting (bootstrap servers, security protocol, SASL, TLS), as the Kafka connector gets them. */
    private final Map<String, Object> kafkaClientSettings;
    private final Counter published;
    private final Timer lag;

    private volatile boolean running;
    private Thread worker;
    private volatile KafkaProducer<String, String> producer;
    private Connection listenConnection;

    OutboxRelay(DataSource dataSource, CsiConfig config, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> dbUser,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> dbPassword,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaClientSettings) {
        this.dataSource = dataSource;
        this.config = config;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser.orElse(null);
        this.dbPassword = dbPassword.orElse(null);
        this.kafkaClientSettings = Map.copyOf(kafkaClientSettings);
        this.published = Counter.builder("csi.outbox.published").description("Outbox events published to Kafka")
                .register(registry);
        this.lag = Timer.builder("csi.outbox.lag").description("From outbox insert to broker acknowledgement")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.outbox().relayEnabled()) {
            LOG.info("Outbox relay disabled (csi.outbox.relay-enabled=false)");
            return;
        }
        producer = new KafkaProducer<>(producerProperties());
        running = true;
        worker = new Thread(this::run, "csi-outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeListenConnection();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Purges rows published longer ago than the retention; unsent rows are never purged. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgePublished() {
        Instant before = Instant.now().minus(config.outbox().retention());
        long purged = QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.delete("sentAt is not null and sentAt < ?1", before));
        if (purged > 0) {
            LOG.debugf("Purged %d published outbox rows", purged);
        }
    }

    private Properties producerProperties() {
        Properties props = new Properties();
        // the connection settings every Kafka client of the service shares, so a secured broker (SASL, TLS) needs them
        // once, as kafka.* or KAFKA_* variables; only what the relay's guarantees depend on is set here
        props.putAll(kafkaClientSettings);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-outbox-relay");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(config.outbox().sendTimeout().toMillis()));
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    private void run() {
        long backoffMillis = 100;
        while (running) {
            try {
                listen();
                int count = publishBatch();
                backoffMillis = 100;
                if (count < config.outbox().batchSize()) {
                    awaitNotification(config.outbox().pollInterval());
                }
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                LOG.warnf("Outbox relay could not publish (%s); retrying in %d ms", e.getMessage(), backoffMillis);
                closeListenConnection();
                replaceProducer();
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 5_000);
            }
        }
    }

    /**
     * After a failed batch the producer may still hold its records and deliver them once the broker is back, while
     * the retry sends the same rows again: a broker outage would then put every event on the topic several times.
     * Closing without waiting aborts what it still holds, so the retry is the only copy (consumers would drop the
     * duplicates by ce_id anyway, but integration teams reading the topics should not have to).
     */
    private void replaceProducer() {
        producer.close(Duration.ZERO);
        producer = new KafkaProducer<>(producerProperties());
    }

    /**
     * Publishes one batch in one transaction and returns how many rows it published. Rows the broker acknowledged are
     * marked sent even when others of the batch failed (a broker going down acknowledges some partitions and not
     * others): only the failed ones are sent again, so a retry does not put the acknowledged events on the topic a
     * second time. The first failure is thrown after the marks are committed.
     */
    int publishBatch() throws Exception {
        Batch batch = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                relaxCommit(connection);
                if (!tryRelayLock(connection)) {
                    return Batch.EMPTY;
                }
                List<Row> rows = claim(connection);
                if (rows.isEmpty()) {
                    return Batch.EMPTY;
                }
                // Know every topic's partitions before the first send: a send that waits for metadata fails on its
                // own, so without this a returning broker would get the tail of a batch but not its head.
                rows.stream().map(Row::topic).distinct().forEach(producer::partitionsFor);
                List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
                for (Row row : rows) {
                    acks.add(producer.send(toRecord(row)));
                }
                long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
                List<Row> acknowledged = new ArrayList<>(rows.size());
                Set<String> failedKeys = new HashSet<>();
                Exception failure = null;
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    try {
                        acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                        // after a failed event of its key, an acknowledged one is sent again too, to keep key order
                        if (!failedKeys.contains(row.kafkaKey())) {
                            acknowledged.add(row);
                        }
                    } catch (ExecutionException | TimeoutException e) {
                        failedKeys.add(row.kafkaKey());
                        failure = failure == null ? e : failure;
                    }
                }
                if (!acknowledged.isEmpty()) {
                    markSent(connection, acknowledged);
                }
                return new Batch(acknowledged, failure);
            }
        });
        Instant now = Instant.now();
        for (Row row : batch.acknowledged()) {
            lag.record(Duration.between(row.occurredAt(), now));
        }
        published.increment(batch.acknowledged().size());
        if (batch.failure() != null) {
            throw batch.failure();
        }
        return batch.acknowledged().size();
    }

    /** What one relay transaction published, and the first send that failed. */
    private record Batch(List<Row> acknowledged, Exception failure) {
        static final Batch EMPTY = new Batch(List.of(), null);
    }

    /**
     * Marking rows sent need not wait for the WAL flush: if that commit is lost in a crash, the rows are published
     * again and consumers drop the duplicates by ce_id. Without the wait the relay is ready for the next event at once
     * instead of after a disk flush.
     */
    private static void relaxCommit(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET LOCAL synchronous_commit TO OFF");
        }
    }

    private static boolean tryRelayLock(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private List<Row> claim(Connection connection) throws SQLException {
        String sql = "SELECT id, topic, event_type, source, subject, kafka_key, data_schema, payload, occurred_at"
                + " FROM csi_outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, config.outbox().batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getTimestamp(9).toInstant()));
                }
                return rows;
            }
        }
    }

    private static void markSent(Connection connection, List<Row> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE csi_outbox SET sent_at = ? WHERE id = ANY (?)")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setArray(2, connection.createArrayOf("uuid", rows.stream().map(Row::id).toArray()));
            ps.executeUpdate();
        }
    }

    /** The CloudEvents Kafka protocol binding, binary content mode: attributes as ce_ headers, data as the value. */
    static ProducerRecord<String, String> toRecord(Row row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", CsiEventType.SPEC_VERSION);
        header(headers, "ce_id", row.id().toString());
        header(headers, "ce_type", row.eventType());
        header(headers, "ce_source", row.source());
        header(headers, "ce_subject", row.subject());
        header(headers, "ce_time", row.occurredAt().toString());
        header(headers, "ce_dataschema", row.dataSchema());
        header(headers, "content-type", "application/json");
        return new ProducerRecord<>(row.topic(), null, row.kafkaKey(), row.payload(), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void listen() throws SQLException {
        if (listenConnection != null) {
            return;
        }
        // A connection of its own, outside the pool: it stays open for the life of the relay.
        Connection connection = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
        try (Statement st = connection.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        listenConnection = connection;
    }

    private void awaitNotification(Duration timeout) throws SQLException {
        PGConnection pg = listenConnection.unwrap(PGConnection.class);
        pg.getNotifications((int) Math.max(1, timeout.toMillis()));
    }

    private void closeListenConnection() {
        if (listenConnection != null) {
            try {
                listenConnection.close();
            } catch (SQLException ignored) {
                // already broken: it is replaced on the next round
            }
            listenConnection = null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Row(UUID id, String topic, String eventType, String source, String subject, String kafkaKey,
            String dataSchema, String payload, Instant occurredAt) {
    }
}
