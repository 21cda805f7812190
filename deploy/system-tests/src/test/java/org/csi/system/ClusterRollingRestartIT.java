package org.csi.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.csi.stack.CsiStack;
import org.csi.stack.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rolling restart of every service, one instance at a time, under a steady stream of measurements and reviews, as
 * Kubernetes rolls a Deployment: the instance leaves the rotation, gets SIGTERM (Quarkus finishes the requests it
 * holds, its consumers leave their group, its relay ends its batch), starts again, and rejoins once ready. No client
 * is answered with an error, and everything that went in comes out exactly once.
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
        try (ClusterStream stream = new ClusterStream(ledger.api(), entry)) {
            ClusterStream.sleep(2_000);
            for (String service : CsiStack.SERVICES) {
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
            }
            ClusterStream.sleep(2_000);
            stream.finish(cluster);
            System.out.printf("[figures] rolling restart: %d instances restarted one at a time in %.0f s; %d "
                    + "measurements and %d reviews answered without an error%n", restarts,
                    (System.nanoTime() - started) / 1e9, stream.measured(), entry.reviews().get());
        }
        ledger.assertExactlyOnce("rolling restart");
    }
}
