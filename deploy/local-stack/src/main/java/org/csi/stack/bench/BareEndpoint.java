package org.csi.stack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.csi.stack.ServiceProcess;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/**
 * The bare HTTP floor of {@code ./csi bench rest} and {@code startup}: a Vert.x HTTP server (the server Quarkus REST
 * runs on, with as many event loops as Quarkus gives it on this machine) in a JVM of its own with the services' JVM
 * flags, answering every GET with fixed bytes (the JSON of a real GET by id). No routing, security, JSON mapping or
 * database: what a service's answer costs beyond this is the suite's own.
 *
 * <p>Chosen over a bare Quarkus application because that would need a module and a Quarkus build of its own; over the
 * JDK's HttpServer because that is not the stack the services stand on and is slower than Vert.x.
 */
public final class BareEndpoint {

    /** In the child JVM: {@code BareEndpoint PORT BODY_FILE}. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Buffer body = Buffer.buffer(Files.readAllBytes(Path.of(args[1])));
        Vertx vertx = Vertx.vertx();
        int loops = 2 * Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < loops; i++) {
            vertx.createHttpServer().requestHandler(request -> request.response()
                    .putHeader("content-type", "application/json").end(body)).listen(port, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get();
        }
        System.out.println("bare endpoint on " + port);
    }

    /** A running bare endpoint and the time it took from process start to its first 200. */
    record Running(Process process, int port, double startSeconds) implements AutoCloseable {
        String url() {
            return "http://127.0.0.1:" + port + "/bare";
        }

        @Override
        public void close() {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the bare endpoint in a child JVM with the services' flags and waits until it answers. */
    static Running start(String body) throws IOException {
        Path file = Files.createTempFile("csi-bench-bare", ".json");
        Files.writeString(file, body);
        file.toFile().deleteOnExit();
        int port = org.csi.stack.Ports.free();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServiceProcess.JVM_FLAGS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BareEndpoint.class.getName());
        command.add(Integer.toString(port));
        command.add(file.toString());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/bare"))
                .timeout(Duration.ofSeconds(1)).build();
        boolean up = Bench.await(Duration.ofSeconds(30), 5, () -> {
            try {
                return client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
        if (!up) {
            process.destroyForcibly();
            throw new IllegalStateException("the bare endpoint did not start");
        }
        return new Running(process, port, (System.nanoTime() - started) / 1e9);
    }
}
