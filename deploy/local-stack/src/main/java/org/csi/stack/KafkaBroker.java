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
 * {@code org.apache.kafka:kafka_2.13}, so a test can stop it, kill it and start it again on the same ports.
 */
public final class KafkaBroker {

    private static final String CLASSPATH_RESOURCE = "csi/kafka-broker.classpath";

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final String advertisedHost;
    private final String listenHost;
    private final boolean detached;
    private Process process;

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
        this.listenHost = listenHost;
        this.directory = directory;
        this.port = port == 0 ? Ports.free() : port;
        this.controllerPort = Ports.free();
        this.advertisedHost = advertisedHost;
        this.detached = detached;
    }

    public String bootstrapServers() {
        return advertisedHost + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return directory.resolve("broker.log");
    }

    public synchronized void start() {
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
            awaitListening(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start; see " + logFile(), e);
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
        // The controller port is fixed by what the data directory was formatted with; keep it across restarts.
        int controller = controllerPort;
        if (Files.exists(config)) {
            for (String line : Files.readAllLines(config)) {
                if (line.startsWith("controller.quorum.voters=")) {
                    controller = Integer.parseInt(line.substring(line.lastIndexOf(':') + 1).trim());
                }
            }
        }
        String properties = String.join("\n",
                "# Written by the CSI local stack (org.csi.stack.KafkaBroker); changes are overwritten at start.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://" + listenHost + ":" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://" + advertisedHost + ":" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + directory.resolve("data").toAbsolutePath(),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=720",
                "");
        Files.writeString(config, properties);
        return config;
    }

    private void format(Path config) throws IOException {
        Process format = java("kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId(), "-c", config.toString(),
                "--ignore-formatted").start();
        if (!waitFor(format, Duration.ofSeconds(60)) || format.exitValue() != 0) {
            throw new IOException("Formatting the Kafka log directory failed; see " + logFile());
        }
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 without padding. */
    private static String clusterId() {
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
