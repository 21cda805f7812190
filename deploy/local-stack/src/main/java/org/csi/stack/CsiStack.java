package org.csi.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.csi.events.CsiTopics;

/**
 * The infrastructure the CSI services stand on: one PostgreSQL server (a database per service) and one Kafka broker
 * with the CSI topics. The same class serves the tests, the system tests and {@code ./csi up}.
 */
public final class CsiStack implements AutoCloseable {

    /** The services of the suite, each with its database and its dead-letter topic. */
    public static final List<String> SERVICES = List.of("initiative-service", "assessment-service", "sip-service",
            "notification-service");
    public static final int PARTITIONS = 3;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private CsiStack(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /**
     * @param directory where the database cluster and the broker's logs live
     * @param pgPort    0 for a free port
     * @param kafkaPort 0 for a free port
     * @param durable   the local run keeps data safely on disk; tests need not
     */
    public static CsiStack start(Path directory, int pgPort, int kafkaPort, boolean durable) {
        return start(directory, pgPort, kafkaPort, durable, BindAddress.LOOPBACK);
    }

    /** @param bindAddress where PostgreSQL and the broker listen: 127.0.0.1 unless told otherwise ({@link BindAddress}) */
    public static CsiStack start(Path directory, int pgPort, int kafkaPort, boolean durable, String bindAddress) {
        PostgresServer postgres = PostgresServer.start(directory.resolve("postgres"), pgPort, durable, durable,
                bindAddress);
        try {
            for (String service : SERVICES) {
                postgres.ensureDatabase(databaseOf(service));
            }
            KafkaBroker kafka = new KafkaBroker(directory.resolve("kafka"), kafkaPort,
                    BindAddress.advertised(bindAddress), BindAddress.forListener(bindAddress), durable);
            kafka.start();
            CsiStack stack = new CsiStack(postgres, kafka);
            stack.createTopics();
            return stack;
        } catch (RuntimeException e) {
            if (!durable) {
                postgres.close();
            }
            throw e;
        }
    }

    /** {@code initiative-service} keeps its data in database {@code csi_initiative}. */
    public static String databaseOf(String service) {
        return "csi_" + service.replace("-service", "").replace('-', '_');
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl(String service) {
        return postgres.jdbcUrl(databaseOf(service));
    }

    /** The settings a service needs to run on this stack. */
    public Map<String, String> serviceConfig(String service) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(service),
                "quarkus.datasource.username", postgres.username(),
                "kafka.bootstrap.servers", bootstrapServers(),
                "quarkus.devservices.enabled", "false");
    }

    /** The settings that make a service verify bearer tokens with the given key pair's public key. */
    public static Map<String, String> jwtConfig(org.csi.stack.security.JwtKeys keys, String issuer) {
        return Map.of(
                "mp.jwt.verify.publickey.location", keys.publicKeyFile().toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", issuer);
    }

    /** The CSI topics and the dead-letter topics, created up front so every consumer finds its partitions. */
    public void createTopics() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<String> wanted = new ArrayList<>(List.of(CsiTopics.INITIATIVES, CsiTopics.ASSESSMENTS, CsiTopics.SIPS,
                    CsiTopics.COMMUNICATIONS));
            SERVICES.forEach(service -> wanted.add(CsiTopics.deadLetter(service)));
            for (String topic : wanted) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, PARTITIONS, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create the CSI topics on " + bootstrapServers(), e);
        }
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.close();
    }
}
