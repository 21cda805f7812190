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
import org.csi.events.CsiService;

/**
 * The infrastructure the CSI services stand on: one PostgreSQL server (a database per service) and a Kafka cluster
 * (one broker, or three for the cluster runs) with the CSI topics. The same class serves the tests, the system tests
 * and {@code ./csi up}.
 */
public final class CsiStack implements AutoCloseable {

    /** The services of the suite ({@link CsiService}), each with its database and its dead-letter topic. */
    public static final List<String> SERVICES = CsiService.names();
    /**
     * Partitions per CSI topic: the most instances of one service that share its work (a consumer group gives each
     * partition to one member). Six lets two or three instances split a topic evenly; every event of one initiative
     * has its key, so it stays on one partition, in order.
     */
    public static final int PARTITIONS = 6;

    /**
     * How to start the stack.
     *
     * @param pgPort      0 for a free port
     * @param kafkaPort   the first broker's client port (0 for free ports); broker {@code i} takes the next ones
     * @param durable     the local run keeps data safely on disk; tests need not
     * @param bindAddress where PostgreSQL and the brokers listen: 127.0.0.1 unless told otherwise ({@link BindAddress})
     * @param brokers     1, or 3 for a cluster that survives the loss of a broker
     * @param secured     SASL/SCRAM and ACLs on the brokers' client listeners ({@link KafkaSecurity})
     */
    public record Options(int pgPort, int kafkaPort, boolean durable, String bindAddress, int brokers,
            boolean secured) {

        /** One broker on free ports, data not kept: what a test wants. */
        public static Options forTests() {
            return new Options(0, 0, false, BindAddress.LOOPBACK, 1, false);
        }

        public Options withBrokers(int brokers, boolean secured) {
            return new Options(pgPort, kafkaPort, durable, bindAddress, brokers, secured);
        }
    }

    private final PostgresServer postgres;
    private final KafkaCluster kafka;
    private final KafkaSecurity security;

    private CsiStack(PostgresServer postgres, KafkaCluster kafka, KafkaSecurity security) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.security = security;
    }

    /**
     * @param directory where the database cluster and the broker's logs live
     * @param pgPort    0 for a free port
     * @param kafkaPort 0 for a free port
     * @param durable   the local run keeps data safely on disk; tests need not
     */
    public static CsiStack start(Path directory, int pgPort, int kafkaPort, boolean durable) {
        return start(directory, new Options(pgPort, kafkaPort, durable, BindAddress.LOOPBACK, 1, false));
    }

    /**
     * The single broker keeps its data in {@code directory/kafka}; a cluster's nodes in {@code directory/kafka-cluster}
     * ({@code node-1}, ...), so the two never share a log directory.
     */
    public static CsiStack start(Path directory, Options options) {
        String advertised = BindAddress.advertised(options.bindAddress());
        String listen = BindAddress.forListener(options.bindAddress());
        KafkaCluster kafka = options.brokers() == 1 && !options.secured()
                ? KafkaCluster.single(directory.resolve("kafka"), options.kafkaPort(), advertised, listen,
                        options.durable())
                : KafkaCluster.of(directory.resolve("kafka-cluster"), options.brokers(), options.kafkaPort(),
                        advertised, listen, options.durable(), options.secured());
        // A broker's JVM takes the longest to be ready, so it is launched first and PostgreSQL starts meanwhile.
        kafka.launch();
        PostgresServer postgres;
        try {
            postgres = PostgresServer.start(directory.resolve("postgres"), options.pgPort(), options.durable(),
                    options.durable(), options.bindAddress());
        } catch (RuntimeException e) {
            kafka.stop();
            throw e;
        }
        try {
            for (String service : SERVICES) {
                postgres.ensureDatabase(databaseOf(service));
            }
            kafka.awaitListening();
            KafkaSecurity security = kafka.secured() ? KafkaSecurity.apply(kafka) : null;
            CsiStack stack = new CsiStack(postgres, kafka, security);
            stack.createTopics();
            return stack;
        } catch (RuntimeException e) {
            if (!options.durable()) {
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

    /** The first (or only) broker. */
    public KafkaBroker kafka() {
        return kafka.node(1);
    }

    public KafkaCluster kafkaCluster() {
        return kafka;
    }

    /** Where operators and the tests' probes connect (PLAINTEXT; on a secured cluster its loopback operator listener). */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The users and passwords of a secured cluster. */
    public java.util.Optional<KafkaSecurity> kafkaSecurity() {
        return java.util.Optional.ofNullable(security);
    }

    public String jdbcUrl(String service) {
        return postgres.jdbcUrl(databaseOf(service));
    }

    /** The settings a service (or the console, by its name) needs to run on this stack. */
    public Map<String, String> serviceConfig(String service) {
        Map<String, String> config = new java.util.LinkedHashMap<>();
        if (SERVICES.contains(service)) {
            config.put("quarkus.datasource.jdbc.url", jdbcUrl(service));
            config.put("quarkus.datasource.username", postgres.username());
        }
        config.put("kafka.bootstrap.servers", kafka.clientBootstrapServers());
        config.put("quarkus.devservices.enabled", "false");
        if (security != null) {
            config.putAll(security.clientSettings(service));
        }
        return config;
    }

    /** The settings that make a service verify bearer tokens with the given key pair's public key. */
    public static Map<String, String> jwtConfig(org.csi.stack.security.JwtKeys keys, String issuer) {
        return Map.of(
                "mp.jwt.verify.publickey.location", keys.publicKeyFile().toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", issuer);
    }

    /**
     * The CSI topics and the dead-letter topics ({@link CsiService#topics()}, {@link CsiService#deadLetterTopics()}),
     * created up front so every consumer finds its partitions.
     */
    public void createTopics() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<String> wanted = new ArrayList<>(CsiService.topics());
            wanted.addAll(CsiService.deadLetterTopics());
            for (String topic : wanted) {
                if (!existing.contains(topic)) {
                    NewTopic newTopic = new NewTopic(topic, PARTITIONS, kafka.replicationFactor());
                    if (kafka.replicationFactor() >= 3) {
                        // acks=all then means two copies at least: one broker may go, and no write is lost
                        newTopic.configs(Map.of("min.insync.replicas", "2"));
                    }
                    missing.add(newTopic);
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
