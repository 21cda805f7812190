package org.csi.initiative.cycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
import org.csi.events.CsiSources;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The measurement projection: a measurement breaking its schema is parked, and never blocks the ones after it. */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class MeasurementProjectionTest {

    @InjectCsiStack
    CsiStack stack;

    @Test
    void poisonMeasurementGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        String service = Api.unique("poison");
        CsiEventType type = CsiEventType.MEASUREMENT_RECORDED;
        try (TopicProbe deadLetters = TopicProbe.fromNow(stack.bootstrapServers(),
                CsiTopics.deadLetter("initiative-service"))) {
            String noValue = """
                    {"measurementId": "%s", "kpiKey": "incident.mttr.hours", "service": "%s", "value": "fast",
                     "measuredAt": "%s"}""".formatted(UUID.randomUUID(), service, Instant.now());
            TopicProbe.publish(stack.bootstrapServers(), type.topic(), service, UUID.randomUUID().toString(), type.type(),
                    CsiSources.ASSESSMENT_SERVICE, service, type.dataSchema(), noValue);
            Api.measure(stack.bootstrapServers(), "incident.mttr.hours", service, "5.25", Instant.now());

            List<ConsumerRecord<String, String>> parked = deadLetters.await(r -> service.equals(r.key()), 1,
                    Duration.ofSeconds(60));
            assertEquals(1, parked.size());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("service", service)
                    .get("/api/v1/latest-measurements").then().statusCode(200)
                    .body("$", hasSize(1)).body("[0].value", equalTo(5.25f)));
        }
    }
}
