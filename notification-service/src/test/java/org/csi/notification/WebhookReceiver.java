package org.csi.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/** An HTTP server in the test JVM that records every webhook call; it answers {@code status} after {@code delayMs}. */
public final class WebhookReceiver implements AutoCloseable {

    /** One received call; {@code receivedNanos} is System.nanoTime() when the body was read. */
    public record Call(Map<String, List<String>> headers, String body, long receivedNanos) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final int status;
    private final long delayMs;
    private volatile long lastAnsweredNanos;

    public WebhookReceiver(int status, long delayMs) {
        this.status = status;
        this.delayMs = delayMs;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(Map.copyOf(exchange.getRequestHeaders()), body, System.nanoTime()));
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                exchange.sendResponseHeaders(status, -1);
            } catch (IOException e) {
                // the caller gave up waiting (timeout): that is what a hanging receiver looks like
            }
            lastAnsweredNanos = System.nanoTime();
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public long lastAnsweredNanos() {
        return lastAnsweredNanos;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
