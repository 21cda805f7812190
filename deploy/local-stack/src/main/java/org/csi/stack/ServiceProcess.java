package org.csi.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** One packaged CSI service ({@code target/quarkus-app/quarkus-run.jar}) running as its own JVM process. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * The JVM settings of every service process (the benchmarks start their bare endpoint with the same). Without
     * -Xms the JVM sizes the initial heap at 1/64 of the machine's memory (377 MB of 24 GB here, so nearly all of
     * -Xmx from the start) and SerialGC touches it all before it collects: an idle service sat at 300 MB RSS. A
     * small initial heap that grows on demand and gives memory back after a full GC keeps what is resident close to
     * what is live.
     */
    public static final List<String> JVM_FLAGS = List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");

    private final String name;
    private final int port;
    private final Path logFile;
    private final List<String> command;
    private volatile Process process;

    private final Path workingDirectory;

    private ServiceProcess(String name, int port, Path logFile, List<String> command, Path workingDirectory) {
        this.workingDirectory = workingDirectory;
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.command = List.copyOf(command);
    }

    /** The packaged service under a checkout of this repository. */
    public static Path jarOf(Path repositoryRoot, String service) {
        return repositoryRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> config, Path logFile) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package " + name + " first (mvn -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        // CSI_JAVA_OPTS: more JVM options for the services of a local run (later options win), e.g. to compare flags
        String extra = System.getenv("CSI_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        // The class-data archive the build writes with -Dquarkus.package.jar.appcds.enabled=true (./csi up builds
        // with it): the classes of the start-up come mapped from it instead of being loaded and verified one by one.
        // The archive names the jar as the build ran it (quarkus-run.jar, relative), so the service then runs from
        // its quarkus-app directory.
        Path archive = jar.resolveSibling("app-cds.jsa");
        boolean shared = Files.exists(archive);
        if (shared) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-Xshare:auto"); // an archive from another JVM build is ignored, never a failed start
        }
        Map<String, String> settings = new TreeMap<>(config);
        settings.put("quarkus.http.port", Integer.toString(port));
        // Quarkus listens on every interface by default; a service started here listens on loopback unless told
        settings.putIfAbsent("quarkus.http.host", BindAddress.LOOPBACK);
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(shared ? jar.getFileName().toString() : jar.toString());
        ServiceProcess service = new ServiceProcess(name, port, logFile, command,
                shared ? jar.toAbsolutePath().getParent() : null);
        service.launch();
        return service;
    }

    /**
     * Starts the service again after {@link #stop()} or {@link #kill()}: the same jar, port and configuration, so its
     * callers and its Kafka consumer group see the same service come back. Its log continues in the same file.
     */
    public synchronized void restart() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + pid() + ")");
        }
        launch();
    }

    private void launch() {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command);
            if (workingDirectory != null) {
                builder.directory(workingDirectory.toFile());
            }
            process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200; false when the process died or the time ran out. */
    public boolean awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            if (isReady(port)) {
                return true;
            }
            KafkaBroker.sleep(250);
        }
        return false;
    }

    public static boolean isReady(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Graceful stop (SIGTERM), then SIGKILL if it has not ended in 30 s. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL: the crash a fault test wants. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
