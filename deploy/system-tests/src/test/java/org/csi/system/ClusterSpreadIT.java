package org.csi.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances of every service, and four ITSM clients running the CSI cycle at once with their calls spread over
 * both instances: every SIP is drafted once and every communication is sent once, although each step of a cycle may
 * be handled by either instance (one consumer group per service splits the partitions between them).
 */
@ExtendWith(ClusterSuite.class)
class ClusterSpreadIT {

    private static final int CLIENTS = 4;
    private static final int OBJECTIVES = 3;
    private static final int REVIEWS = 2;

    private final ClusterSuite.Cluster cluster = ClusterSuite.get();
    private final ClusterLedger ledger = new ClusterLedger(cluster);
    private final CsiApi api = ledger.api();

    @Test
    void fourClientsOverTwoInstancesGetEverySipAndCommunicationOnce() throws Exception {
        List<CompletableFuture<Void>> clients = IntStream.range(0, CLIENTS)
                .mapToObj(c -> CompletableFuture.runAsync(this::oneCycle)).toList();
        for (CompletableFuture<Void> client : clients) {
            client.get(180, TimeUnit.SECONDS);
        }
        ledger.assertExactlyOnce("two instances, " + CLIENTS + " clients");
    }

    /** One ITSM client: an initiative, a value above target, and reviews that miss every objective. */
    private void oneCycle() {
        ClusterLedger.Entry entry = ledger.open("spread", OBJECTIVES);
        api.recordMttr(entry.service(), 9, Instant.now(), entry.service() + "-1");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.projectedMttr(entry.service()) != null);
        for (int r = 0; r < REVIEWS; r++) {
            assertEquals(entry.objectives().stream().collect(Collectors.toMap(o -> o, o -> "MISSED")),
                    api.reviewNow(entry.initiative()));
            entry.reviews().incrementAndGet();
        }
    }
}
