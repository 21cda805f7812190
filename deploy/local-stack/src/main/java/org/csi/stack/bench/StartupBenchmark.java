package org.csi.stack.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csi.events.CsiService;

/**
 * {@code ./csi bench startup}: {@code ./csi down && ./csi up} timed to all healthy, each service's own start time (the
 * "started in" line of its log), each service's resident memory (VmRSS) when idle and after a {@code burst}. The floor
 * is the bare endpoint ({@link BareEndpoint}): a JVM with the services' flags running the HTTP server Quarkus stands
 * on, timed from process start to its first 200, and its RSS.
 */
public final class StartupBenchmark {

    static final List<String> SERVICES = CsiService.names();
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    public static void main(String[] args) throws Exception {
        boolean burst = args.length == 0 || !"--no-burst".equals(args[0]);
        System.out.println("CSI bench startup: ./csi down && ./csi up, start times and memory");
        run("./csi", "down");
        long t0 = System.nanoTime();
        String up = run("./csi", "up");
        double upSeconds = (System.nanoTime() - t0) / 1e9;
        Matcher said = Pattern.compile("CSI suite is up in ([0-9.]+) s").matcher(up);
        boolean saidIt = said.find();
        System.out.printf("  ./csi up to all healthy: %.1f s measured here%s%n", upSeconds,
                saidIt ? " (the launcher says " + said.group(1) + " s, without a build)" : "");
        double startSeconds = saidIt ? Double.parseDouble(said.group(1)) : upSeconds;
        if (!up.contains("CSI suite is up")) {
            System.out.println(up);
            throw new IllegalStateException("./csi up did not bring the suite up");
        }
        for (String service : SERVICES) {
            System.out.printf("  %-22s started in %s s (its log)%n", service, lastStart(service));
        }
        printStartCpu(startSeconds);
        Bench.sleep(10_000); // let start-up work (consumer joins, first polls) settle
        Map<String, Double> idle = rss();

        double floorStart;
        double floorRss;
        try (BareEndpoint.Running bare = BareEndpoint.start("{\"bare\":true}")) {
            floorStart = bare.startSeconds();
            Bench.sleep(3_000);
            floorRss = Bench.rssMb(bare.process().pid());
        }
        System.out.printf("  floor: bare Vert.x endpoint JVM (same flags): first 200 after %.2f s, RSS %.0f MB idle%n",
                floorStart, floorRss);

        Map<String, Double> after = Map.of();
        if (burst) {
            System.out.println();
            BurstBenchmark.run(100, 10);
            System.out.println();
            after = rss();
        }
        System.out.printf("  %-22s %14s %16s%n", "RSS (MB)", "idle", burst ? "after burst" : "");
        for (String name : idle.keySet()) {
            System.out.printf("  %-22s %10.0f MB %12s%n", name, idle.get(name),
                    after.containsKey(name) ? String.format("%.0f MB", after.get(name)) : "");
        }
    }

    /**
     * The CPU time every process of the suite used to start, read right after {@code ./csi up}: on a machine of N cores
     * the start cannot take less than that sum divided by N, whatever runs in parallel, so this is the start's floor.
     */
    private static void printStartCpu(double startSeconds) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (String name : SERVICES) {
            Bench.pidOf(name).ifPresent(pid -> cpu.put(name, Bench.cpuSeconds(pid)));
        }
        for (String name : List.of("csi-console", "kafka", "postgres", "mail-sink")) {
            Bench.pidOf(name).ifPresent(pid -> cpu.put(name, Bench.cpuSeconds(pid)));
        }
        double total = cpu.values().stream().filter(v -> v >= 0).mapToDouble(Double::doubleValue).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        cpu.forEach((name, seconds) -> System.out.printf("  %-22s %5.1f CPU-s to start%n", name, seconds));
        System.out.printf("  all processes: %.1f CPU-s on %d cores = at least %.1f s of start-up (floor); "
                + "the start took %.2fx that%n", total, cores, total / cores, startSeconds / (total / cores));
    }

    private static Map<String, Double> rss() {
        Map<String, Double> rss = new LinkedHashMap<>();
        for (String name : SERVICES) {
            Bench.pidOf(name).ifPresent(pid -> rss.put(name, Bench.rssMb(pid)));
        }
        for (String name : List.of("kafka", "postgres", "mail-sink")) {
            Bench.pidOf(name).ifPresent(pid -> rss.put(name + " (infra)", Bench.rssMb(pid)));
        }
        return rss;
    }

    private static String lastStart(String service) throws IOException {
        Path log = Bench.HOME.resolve("logs").resolve(service + ".log");
        String last = "?";
        if (Files.exists(log)) {
            Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            while (m.find()) {
                last = m.group(1);
            }
        }
        return last;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
