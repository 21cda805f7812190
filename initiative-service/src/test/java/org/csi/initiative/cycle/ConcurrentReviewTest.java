package org.csi.initiative.cycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.initiative.service.CheckpointService;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Several scanners at once, as several instances of the service would run them (plus the real scheduler): every due
 * checkpoint is still reviewed exactly once.
 */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class ConcurrentReviewTest {

    @InjectCsiStack
    CsiStack stack;

    @Inject
    CheckpointService checkpoints;

    @Test
    void competingScannersReviewEachDueCheckpointOnce() throws Exception {
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            List<String[]> planned = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String id = Api.createInitiative("Concurrent " + i, null);
                Api.setObjective(id, Api.objective("Restore fast", "incident.mttr.hours", Api.unique("svc"), "8", "4",
                        "LOWER_IS_BETTER", "0"));
                for (int j = 0; j < 2; j++) {
                    planned.add(new String[] { id, Api.createCheckpoint(id, Instant.now()) });
                }
            }
            ExecutorService scanners = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> runs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    runs.add(scanners.submit(() -> {
                        int reviewed = 0;
                        while (checkpoints.reviewNextDue()) {
                            reviewed++;
                        }
                        return reviewed;
                    }));
                }
                for (Future<Integer> run : runs) {
                    run.get();
                }
            } finally {
                scanners.shutdown();
            }
            for (String[] p : planned) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                        .get("/api/v1/initiatives/" + p[0] + "/checkpoints/" + p[1]).then().body("status", equalTo("REVIEWED")));
            }
            for (String[] p : planned) {
                probe.await(r -> p[1].equals(TopicProbe.header(r, "ce_subject")), 1, Duration.ofSeconds(60));
            }
            List<ConsumerRecord<String, String>> all = probe.drain(TopicProbe.ofType("csi.checkpoint.reviewed"),
                    Duration.ofSeconds(3));
            for (String[] p : planned) {
                assertEquals(1, all.stream().filter(r -> p[1].equals(TopicProbe.header(r, "ce_subject"))).count(),
                        "checkpoint " + p[1] + " reviewed once");
                assertEquals(1, all.stream().filter(r -> p[1].equals(TopicProbe.header(r, "ce_subject")))
                        .filter(r -> p[0].equals(r.key())).count(), "keyed by its initiative");
            }
        }
    }
}
