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

    /** The JVM settings of every service process (the benchmarks start their bare endpoint with the same). */
    public static final List<String> JVM_FLAGS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final String name;
    private final int port;
    private final Path logFile;
    private final List<String> command;
    private volatile Process process;

    private ServiceProcess(String name, int port, Path logFile, List<String> command) {
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
        Map<String, String> settings = new TreeMap<>(config);
        settings.put("quarkus.http.port", Integer.toString(port));
        // Quarkus listens on every interface by default; a service started here listens on loopback unless told
        settings.putIfAbsent("quarkus.http.host", BindAddress.LOOPBACK);
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        ServiceProcess service = new ServiceProcess(name, port, logFile, command);
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
            process = new ProcessBuilder(command)
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
