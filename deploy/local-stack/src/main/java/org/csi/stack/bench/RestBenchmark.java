package org.csi.stack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./csi bench rest [seconds] [connections]}: throughput and latency of {@code GET /api/v1/initiatives/{id}} and
 * of the list {@code GET /api/v1/initiatives?size=20} on initiative-service, with 16 connections each sending its next
 * request when the answer came (a closed Java load loop, one HttpClient and so one connection per thread), beside the
 * same load on the bare endpoint ({@link BareEndpoint}) serving the same bytes as the GET by id. The bare endpoint is
 * measured before and after the suite's endpoints and the better of the two is the floor.
 */
public final class RestBenchmark {

    record Load(double perSecond, Bench.Stats latency, long errors) {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        String token = Bench.admin();
        for (int i = 0; i < 25; i++) {
            HopBenchmark.create(token, "rest bench " + i); // a list page of real initiatives
        }
        String id = HopBenchmark.create(token, "rest bench by id");
        String byId = Bench.INITIATIVES + "/api/v1/initiatives/" + id;
        String body = Bench.send(Bench.HTTP, token, "GET", byId, null).body();
        System.out.printf("CSI bench rest: %d connections, %d s per endpoint after 3 s of warm-up; GET by id answers %d "
                + "bytes%n", connections, seconds, body.length());
        try (BareEndpoint.Running bare = BareEndpoint.start(body)) {
            Load bare1 = load(bare.url(), null, seconds, connections);
            Load one = load(byId, token, seconds, connections);
            Load list = load(Bench.INITIATIVES + "/api/v1/initiatives?size=20", token, seconds, connections);
            Load bare2 = load(bare.url(), null, seconds, connections);
            Load floor = bare1.perSecond() >= bare2.perSecond() ? bare1 : bare2;
            print("floor: bare Vert.x endpoint, same bytes (before)", bare1, null);
            print("floor: bare Vert.x endpoint, same bytes (after)", bare2, null);
            print("GET /api/v1/initiatives/{id}", one, floor);
            print("GET /api/v1/initiatives?size=20", list, floor);
        }
    }

    private static void print(String what, Load load, Load floor) {
        System.out.printf("  %-50s %8.0f req/s%s%s%n", what, load.perSecond(),
                floor == null ? "" : String.format(" = %5.1f%% of the floor's", 100 * load.perSecond() / floor.perSecond()),
                load.errors() > 0 ? "  (" + load.errors() + " errors)" : "");
        Bench.print("  latency", load.latency());
        if (floor != null) {
            System.out.printf("  %-58s         p50 %7.2fx    p90 %7.2fx    p99 %7.2fx%n", "  latency ratio to the floor",
                    load.latency().p50() / floor.latency().p50(), load.latency().p90() / floor.latency().p90(),
                    load.latency().p99() / floor.latency().p99());
        }
    }

    /** A closed loop: each connection sends its next request when the answer came; warm-up 3 s, then measured. */
    static Load load(String url, String token, int seconds, int connections) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        List<List<Double>> samples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            List<Double> mine = new ArrayList<>();
            samples.add(mine);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Thread t = new Thread(() -> {
                while (running.get()) {
                    long t0 = System.nanoTime();
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (measuring.get()) {
                        mine.add((System.nanoTime() - t0) / 1e6);
                    }
                }
            }, "bench-load-" + c);
            threads.add(t);
            t.start();
        }
        Thread.sleep(3_000);
        errors.set(0);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Thread t : threads) {
            t.join(15_000);
        }
        List<Double> all = new ArrayList<>();
        samples.forEach(all::addAll);
        return new Load(all.size() / elapsed, Bench.Stats.of(all), errors.get());
    }
}
