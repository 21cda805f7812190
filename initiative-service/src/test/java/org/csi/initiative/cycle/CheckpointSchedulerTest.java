package org.csi.initiative.cycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The scheduler reviews a due checkpoint without any request, exactly once. */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class CheckpointSchedulerTest {

    @InjectCsiStack
    CsiStack stack;

    @Test
    void dueCheckpointIsReviewedByTheSchedulerOnce() {
        String service = Api.unique("email");
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            String id = Api.createInitiative("Scheduled review", "P30D");
            String objective = Api.setObjective(id, Api.objective("Restore within 4 hours", "incident.mttr.hours",
                    service, "8", "4", "LOWER_IS_BETTER", "0"));
            Api.measure(stack.bootstrapServers(), "incident.mttr.hours", service, "3.5", Instant.now());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("service", service)
                    .get("/api/v1/latest-measurements").then().body("$", hasSize(1)));

            // the cadence planned the first review 30 days ahead; an explicit one is due now
            given().get("/api/v1/initiatives/" + id + "/checkpoints").then().statusCode(200)
                    .body("$", hasSize(1)).body("[0].origin", equalTo("SCHEDULED")).body("[0].status", equalTo("PENDING"));
            String checkpoint = Api.createCheckpoint(id, Instant.now());

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .get("/api/v1/initiatives/" + id + "/checkpoints/" + checkpoint).then().statusCode(200)
                    .body("status", equalTo("REVIEWED"), "reviewedBy", equalTo("scheduler"))
                    .body("results[0].objectiveId", equalTo(objective), "results[0].status", equalTo("ACHIEVED")));
            given().get("/api/v1/initiatives/" + id + "/objectives/" + objective).then()
                    .body("status", equalTo("ACHIEVED"), "lastActualValue", equalTo(3.5f));
            // The history names the scheduler as the reviewer, and the caller who planned the checkpoint.
            given().get("/api/v1/initiatives/" + id + "/history").then().statusCode(200)
                    .body("items.find { it.aggregateId == '" + checkpoint + "' && it.action == 'REVIEWED' }.actor",
                            equalTo("scheduler"))
                    .body("items.find { it.aggregateId == '" + checkpoint + "' && it.action == 'PLANNED' }.actor",
                            equalTo("test-csi-admin"));

            List<ConsumerRecord<String, String>> reviews = probe.await(r -> id.equals(r.key())
                    && checkpoint.equals(TopicProbe.header(r, "ce_subject")), 1, Duration.ofSeconds(60));
            // several scans pass meanwhile (interval 1 s): still one review and one outcome
            reviews = probe.drain(r -> id.equals(r.key()) && checkpoint.equals(TopicProbe.header(r, "ce_subject")),
                    Duration.ofSeconds(4));
            assertEquals(1, reviews.size(), "reviewed once");
            ContractCheck.assertConforms(reviews);
            List<ConsumerRecord<String, String>> achieved = probe.drain(r -> id.equals(r.key())
                    && "csi.target.achieved".equals(TopicProbe.header(r, "ce_type")), Duration.ofMillis(200));
            assertEquals(1, achieved.size());
            ContractCheck.assertConforms(achieved);
            given().contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/initiatives/" + id + "/checkpoints/" + checkpoint + "/review")
                    .then().statusCode(409).contentType("application/problem+json");
            assertTrue(given().get("/api/v1/initiatives/" + id + "/checkpoints?status=PENDING").then().statusCode(200)
                    .extract().jsonPath().getList("origin").contains("SCHEDULED"), "the cadence checkpoint stays planned");
        }
    }
}
