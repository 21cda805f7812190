package org.csi.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one node), run as a child JVM from the jars of
 * {@code org.apache.kafka:kafka_2.13}, so a test can stop it, kill it and start it again on the same ports. Alone it is
 * a one-node cluster; {@link KafkaCluster} makes three of them one cluster.
 */
public final class KafkaBroker {

    private static final String CLASSPATH_RESOURCE = "csi/kafka-broker.classpath";

    private final Path directory;
    private final int port;
    private final String advertisedHost;
    private final String listenHost;
    private final boolean detached;
    private final Membership membership;
    private Process process;

    /**
     * Where a node stands in its cluster.
     *
     * @param nodeId          this node's id (1..size)
     * @param size            how many nodes the cluster has: internal topics are replicated that often (at most 3)
     * @param controllerPort  this node's controller listener, on 127.0.0.1
     * @param voters          every controller of the quorum, {@code id@host:port,...}
     * @param clusterId       the id every node of one cluster is formatted with
     * @param internalPort    0, or a PLAINTEXT listener on 127.0.0.1 for the brokers among themselves and for operators
     *                        (the tests' probes); with it, the client port speaks SASL/SCRAM and ACLs are enforced
     */
    record Membership(int nodeId, int size, int controllerPort, String voters, String clusterId, int internalPort) {

        static Membership alone(int controllerPort) {
            return new Membership(1, 1, controllerPort, "1@127.0.0.1:" + controllerPort, newClusterId(), 0);
        }

        boolean secured() {
            return internalPort != 0;
        }
    }

    /**
     * @param directory      holds server.properties, the log dirs (data) and broker.log
     * @param port           the client port (0 for a free one)
     * @param advertisedHost the host name clients are told to use
     * @param detached       keep the broker running when this JVM exits (the local run stops it by its pid); otherwise
     *                       it is stopped with the JVM, so a test run leaves no broker behind
     */
    public KafkaBroker(Path directory, int port, String advertisedHost, boolean detached) {
        this(directory, port, advertisedHost, BindAddress.LOOPBACK, detached);
    }

    /**
     * @param listenHost the address the client listener binds to (127.0.0.1 unless the local run is told otherwise,
     *                   see {@link BindAddress}); the controller listener is always on 127.0.0.1
     */
    public KafkaBroker(Path directory, int port, String advertisedHost, String listenHost, boolean detached) {
        // The controller port is fixed by what the data directory was formatted with; keep it across restarts.
        this(directory, port, advertisedHost, listenHost, detached,
                Membership.alone(writtenControllerPort(directory).orElseGet(Ports::free)));
    }

    KafkaBroker(Path directory, int port, String advertisedHost, String listenHost, boolean detached,
            Membership membership) {
        this.listenHost = listenHost;
        this.directory = directory;
        this.port = port == 0 ? Ports.free() : port;
        this.advertisedHost = advertisedHost;
        this.detached = detached;
        this.membership = membership;
    }

    /** The controller port an earlier run wrote into this node's server.properties, if any. */
    static Optional<Integer> writtenControllerPort(Path directory) {
        return writtenListenerPort(directory, "CONTROLLER");
    }

    /** The port of a listener ({@code CONTROLLER}, {@code INTERNAL}) an earlier run wrote, if any. */
    static Optional<Integer> writtenListenerPort(Path directory, String listener) {
        return setting(directory.resolve("server.properties"), "listeners")
                .flatMap(listeners -> java.util.Arrays.stream(listeners.split(","))
                        .filter(l -> l.startsWith(listener + "://"))
                        .map(l -> Integer.parseInt(l.substring(l.lastIndexOf(':') + 1).trim()))
                        .findFirst());
    }

    /** The cluster id a node's data directory was formatted with, if it was. */
    static Optional<String> formattedClusterId(Path directory) {
        return setting(directory.resolve("data/meta.properties"), "cluster.id");
    }

    /** A {@code key=value} line of a properties file Kafka or an earlier run wrote, if the file and the key exist. */
    private static Optional<String> setting(Path file, String key) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key + "="))
                    .map(line -> line.substring(key.length() + 1).trim()).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return advertisedHost + ":" + port;
    }

    /** The loopback PLAINTEXT listener of a secured node (brokers among themselves, operators). */
    String internalServers() {
        return "127.0.0.1:" + membership.internalPort();
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return directory.resolve("broker.log");
    }

    public synchronized void start() {
        launch();
        awaitListening();
    }

    /** Starts the node's JVM without waiting: the nodes of a cluster start together, or no quorum forms. */
    synchronized void launch() {
        if (isRunning()) {
            return;
        }
        try {
            Files.createDirectories(directory.resolve("data"));
            Path config = writeConfig();
            if (!Files.exists(directory.resolve("data/meta.properties"))) {
                format(config);
            }
            process = java("kafka.Kafka", config.toString()).start();
            if (!detached) {
                Process started = process;
                Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "stop-kafka-broker"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start; see " + logFile(), e);
        }
    }

    /** Waits until the node accepts clients. */
    synchronized void awaitListening() {
        try {
            awaitListening(Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start; see " + logFile(), e);
        }
    }

    /** SIGKILL: the crash a fault test wants (the log and data stay, so {@link #start()} brings the node back). */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(30));
            process = null;
        }
    }

    /** Controlled shutdown (SIGTERM), as an operator would stop it. */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            waitFor(process, Duration.ofSeconds(30));
            if (process.isAlive()) {
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(10));
            }
            process = null;
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized Optional<Long> pid() {
        return process == null ? Optional.empty() : Optional.of(process.pid());
    }

    private Path writeConfig() throws IOException {
        Path config = directory.resolve("server.properties");
        int replicas = Math.min(3, membership.size());
        int minInSync = Math.max(1, replicas - 1);
        int controller = membership.controllerPort();
        List<String> lines = new ArrayList<>(List.of(
                "# Written by the CSI local stack (org.csi.stack.KafkaBroker); changes are overwritten at start.",
                "process.roles=broker,controller",
                "node.id=" + membership.nodeId(),
                "controller.quorum.voters=" + membership.voters(),
                "controller.listener.names=CONTROLLER"));
        if (membership.secured()) {
            // Clients authenticate with SCRAM-SHA-512 and are held to their ACLs; the brokers talk among themselves on
            // a loopback listener whose (anonymous) principal is the super user, as an operator's listener would be.
            int internal = membership.internalPort();
            lines.addAll(List.of(
                    "listeners=CLIENT://" + listenHost + ":" + port + ",INTERNAL://127.0.0.1:" + internal
                            + ",CONTROLLER://127.0.0.1:" + controller,
                    "advertised.listeners=CLIENT://" + advertisedHost + ":" + port + ",INTERNAL://127.0.0.1:" + internal,
                    "listener.security.protocol.map=CONTROLLER:PLAINTEXT,INTERNAL:PLAINTEXT,CLIENT:SASL_PLAINTEXT",
                    "inter.broker.listener.name=INTERNAL",
                    "sasl.enabled.mechanisms=SCRAM-SHA-512",
                    "listener.name.client.scram-sha-512.sasl.jaas.config="
                            + "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                    "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                    "super.users=User:ANONYMOUS",
                    "allow.everyone.if.no.acl.found=false"));
        } else {
            lines.addAll(List.of(
                    "listeners=PLAINTEXT://" + listenHost + ":" + port + ",CONTROLLER://127.0.0.1:" + controller,
                    "advertised.listeners=PLAINTEXT://" + advertisedHost + ":" + port,
                    "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                    "inter.broker.listener.name=PLAINTEXT"));
        }
        lines.addAll(List.of(
                "log.dirs=" + directory.resolve("data").toAbsolutePath(),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "default.replication.factor=" + replicas,
                "min.insync.replicas=" + minInSync,
                "offsets.topic.replication.factor=" + replicas,
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + minInSync,
                "share.coordinator.state.topic.replication.factor=" + replicas,
                "share.coordinator.state.topic.min.isr=" + minInSync,
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=720",
                ""));
        Files.writeString(config, String.join("\n", lines));
        return config;
    }

    private void format(Path config) throws IOException {
        Process format = java("kafka.tools.StorageTool", "format", "--cluster-id=" + membership.clusterId(), "-c",
                config.toString(),
                "--ignore-formatted").start();
        if (!waitFor(format, Duration.ofSeconds(60)) || format.exitValue() != 0) {
            throw new IOException("Formatting the Kafka log directory failed; see " + logFile());
        }
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 without padding. */
    static String newClusterId() {
        UUID uuid = UUID.randomUUID();
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(brokerClasspath());
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
    }

    private static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build deploy/kafka-broker-classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Kafka broker exited with " + process.exitValue() + "; see " + logFile());
            }
            if (Ports.inUse(port)) {
                return;
            }
            sleep(100);
        }
        throw new IOException("Kafka broker not listening on " + port + " after " + timeout + "; see " + logFile());
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
