package org.csi.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.csi.stack.CsiStack;
import org.csi.stack.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rolling restart of every service, one instance at a time, under a steady stream of measurements and reviews, as
 * Kubernetes rolls a Deployment: the instance leaves the rotation, gets SIGTERM (Quarkus finishes the requests it
 * holds, its consumers leave their group, its relay ends its batch), starts again, and rejoins once ready. The four
 * services roll at the same time, as {@code kubectl rollout restart} of their four Deployments does, so at every moment
 * one instance of each service is down while the other serves. No client is answered with an error, and everything
 * that went in comes out exactly once.
 */
@ExtendWith(ClusterSuite.class)
class ClusterRollingRestartIT {

    private final ClusterSuite.Cluster cluster = ClusterSuite.get();
    private final ClusterLedger ledger = new ClusterLedger(cluster);

    @Test
    void aRollingRestartOfEveryServiceAnswersNoErrorAndLosesNothing() throws Exception {
        ClusterLedger.Entry entry = ledger.open("rolling", 3);
        long started = System.nanoTime();
        int restarts = 0;
        ExecutorService rollers = Executors.newFixedThreadPool(CsiStack.SERVICES.size());
        try (ClusterStream stream = new ClusterStream(ledger.api(), entry)) {
            ClusterStream.sleep(2_000);
            List<CompletableFuture<Integer>> rollouts = CsiStack.SERVICES.stream()
                    .map(service -> CompletableFuture.supplyAsync(() -> rollOut(service, stream), rollers))
                    .toList();
            for (CompletableFuture<Integer> rollout : rollouts) {
                restarts += rollout.join();
            }
            stream.assertRunning();
            ClusterStream.sleep(2_000);
            stream.finish(cluster);
            System.out.printf("[figures] rolling restart: %d instances restarted, one at a time per service, in %.0f"
                    + " s; %d measurements and %d reviews answered without an error%n", restarts,
                    (System.nanoTime() - started) / 1e9, stream.measured(), entry.reviews().get());
        } finally {
            rollers.shutdownNow();
        }
        ledger.assertExactlyOnce("rolling restart");
    }

    /** Restarts the instances of one service one after the other, each out of rotation until it is ready again. */
    private int rollOut(String service, ClusterStream stream) {
        int restarts = 0;
        for (ServiceProcess instance : cluster.instances(service)) {
            cluster.takeOutOfRotation(instance);
            // what is already on its way to the instance arrives before it stops listening
            ClusterStream.sleep(500);
            instance.stop();
            instance.restart();
            assertTrue(instance.awaitReady(Duration.ofSeconds(180)),
                    instance.name() + " restarted; see " + instance.logFile());
            cluster.putInRotation(instance);
            restarts++;
            stream.assertRunning();
        }
        return restarts;
    }
}
