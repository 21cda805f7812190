package org.csi.stack.bench;

import java.util.Arrays;

/**
 * {@code ./csi bench [SCENARIO] [args]}: the benchmarks against the suite {@code ./csi up} started. Each prints its
 * figures beside the bare floor it measured in the same run. Without a scenario, or with a number only, it runs
 * {@code hop} (the number is its count).
 */
public final class BenchMain {

    public static void main(String[] args) throws Exception {
        String scenario = args.length == 0 || args[0].matches("[0-9]+") ? "hop" : args[0];
        String[] rest = args.length == 0 ? args : args[0].matches("[0-9]+") ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            run(scenario, rest);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // the benchmarks' thread pools would keep the JVM alive
        }
        System.exit(0);
    }

    private static void run(String scenario, String[] rest) throws Exception {
        switch (scenario) {
            case "hop" -> HopBenchmark.main(rest);
            case "chain" -> ChainBenchmark.main(rest);
            case "burst" -> BurstBenchmark.main(rest);
            case "ingest" -> IngestBenchmark.main(rest);
            case "rest" -> RestBenchmark.main(rest);
            case "startup" -> StartupBenchmark.main(rest);
            default -> {
                System.err.println("usage: csi bench [hop [n] | chain [n] | burst [initiatives objectives] | "
                        + "ingest [requests size] | rest [seconds connections] | startup [--no-burst]]");
                System.exit(2);
            }
        }
    }
}
