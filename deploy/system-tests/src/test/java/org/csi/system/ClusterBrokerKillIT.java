package org.csi.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.csi.events.CsiTopics;
import org.csi.stack.KafkaBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault: SIGKILL of the broker that leads the initiatives' first partition, in the middle of a stream, and its restart
 * 20 s later. With three copies of every topic and min.insync.replicas=2, the other two brokers take over the
 * partitions it led: the APIs keep answering, the relays keep publishing with acks=all, and afterwards everything
 * that went in came out exactly once.
 */
@ExtendWith(ClusterSuite.class)
class ClusterBrokerKillIT {

    private final ClusterSuite.Cluster cluster = ClusterSuite.get();
    private final ClusterLedger ledger = new ClusterLedger(cluster);

    @Test
    void aKilledBrokerLosesNothingAndDoublesNothing() throws Exception {
        ClusterLedger.Entry entry = ledger.open("broker-kill", 3);
        KafkaBroker victim;
        int measuredWhileDown;
        try (ClusterStream stream = new ClusterStream(ledger.api(), entry)) {
            ClusterStream.sleep(5_000);
            victim = cluster.stack().kafkaCluster().node(leaderOfFirstInitiativesPartition());
            victim.kill();
            int before = stream.measured();
            ClusterStream.sleep(20_000);
            // The broker stays dead 20 s, and longer while a loaded machine has not yet streamed 100 measurements
            // past it: the count below proves the stream went on, whatever the machine's speed (2 minutes at most).
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
            while (stream.measured() - before <= 100 && System.nanoTime() < deadline) {
                ClusterStream.sleep(1_000);
            }
            stream.assertRunning();
            measuredWhileDown = stream.measured() - before;
            victim.start();
            ClusterStream.sleep(5_000);
            stream.finish(cluster);
        }
        assertTrue(measuredWhileDown > 100, "the stream went on while a broker was dead: " + measuredWhileDown);
        System.out.printf("[figures] broker SIGKILL: %d measurements and %d reviews while the broker was dead%n",
                measuredWhileDown, entry.reviews().get());
        ledger.assertExactlyOnce("broker SIGKILL for 20 s");
    }

    private int leaderOfFirstInitiativesPartition() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.stack().bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            return admin.describeTopics(List.of(CsiTopics.INITIATIVES)).allTopicNames().get().get(CsiTopics.INITIATIVES)
                    .partitions().get(0).leader().id();
        }
    }
}
