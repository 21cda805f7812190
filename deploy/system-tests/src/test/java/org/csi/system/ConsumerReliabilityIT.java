package org.csi.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
import org.csi.events.CsiSources;
import org.csi.events.CsiTopics;
import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.Stakeholder;
import org.csi.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The consumer rules on the real broker, against notification-service as a process: a redelivered CloudEvent has no
 * second effect, and a poison record goes to the dead-letter topic without blocking the next event of its partition.
 */
@ExtendWith(RunningSuite.class)
class ConsumerReliabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameCloudEventDeliveredTwiceGivesOneSetOfCommunications() throws Exception {
        RunningSuite.Suite suite = RunningSuite.get();
        UUID initiativeId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String data = JSON.writeValueAsString(initiative(initiativeId, "Twice told"));

        publish(suite, eventId, initiativeId, data);
        await().atMost(Duration.ofSeconds(60)).until(() -> communications(suite, initiativeId) > 0);
        await().atMost(Duration.ofSeconds(60)).until(() -> allConsumed(suite));
        int once = communications(suite, initiativeId);

        publish(suite, eventId, initiativeId, data);
        await().atMost(Duration.ofSeconds(60)).until(() -> allConsumed(suite));
        assertEquals(once, communications(suite, initiativeId), "the redelivered event added no communication");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheNextEventIsStillProcessed() throws Exception {
        RunningSuite.Suite suite = RunningSuite.get();
        String bootstrap = suite.stack().bootstrapServers();
        UUID initiativeId = UUID.randomUUID();
        String key = initiativeId.toString();
        String deadLetters = CsiTopics.deadLetter("notification-service");
        try (TopicProbe dlq = TopicProbe.fromNow(bootstrap, deadLetters)) {
            TopicProbe.publishRaw(bootstrap, CsiTopics.INITIATIVES, key, "{not json at all");
            String noTitle = JSON.writeValueAsString(initiative(initiativeId, "x")).replace("\"title\":\"x\",", "");
            publish(suite, UUID.randomUUID().toString(), initiativeId, noTitle);
            publish(suite, UUID.randomUUID().toString(), initiativeId,
                    JSON.writeValueAsString(initiative(initiativeId, "After the poison")));

            List<ConsumerRecord<String, String>> dead = dlq.await(r -> key.equals(r.key()), 2, Duration.ofSeconds(60));
            assertEquals(2, dead.size(), "both poison records are dead-lettered");
            assertTrue(dead.stream().allMatch(r -> TopicProbe.header(r, "dead-letter-reason") != null),
                    "each carries its reason");
            assertTrue(TopicProbe.header(dead.get(1), "dead-letter-reason").contains("title"),
                    "the schema violation names the field: " + TopicProbe.header(dead.get(1), "dead-letter-reason"));
            await().atMost(Duration.ofSeconds(60)).until(() -> communications(suite, initiativeId) > 0);
        }
    }

    private static InitiativeDetails initiative(UUID id, String title) {
        return new InitiativeDetails(id, title, "A vision", List.of("SERVICE_QUALITY"), null, "SERVICE_OPERATION",
                List.of("email"), List.of(), "owner@example.com",
                List.of(new Stakeholder("Service Desk", "desk@example.com", "STAFF")), "P30D", 1, "ACTIVE", 0);
    }

    private static void publish(RunningSuite.Suite suite, String eventId, UUID initiativeId, String data) {
        publish(suite, eventId, initiativeId, data, CsiEventType.INITIATIVE_CREATED);
    }

    private static void publish(RunningSuite.Suite suite, String eventId, UUID initiativeId, String data, CsiEventType type) {
        // as the owner of the topic: consumers dead-letter an event whose ce_source does not own its topic
        ContractConformanceIT.PUBLISHED_BY_TESTS.add(eventId);
        TopicProbe.publish(suite.stack().bootstrapServers(), type.topic(), initiativeId.toString(), eventId,
                type.type(), CsiSources.ownerOf(type.topic()).orElseThrow(), initiativeId.toString(), type.dataSchema(),
                data);
    }

    private static int communications(RunningSuite.Suite suite, UUID initiativeId) {
        return given().baseUri(suite.url("notification-service")).queryParam("initiativeId", initiativeId)
                .get("/api/v1/communications").then().statusCode(200).extract().path("totalItems");
    }

    /** True once the notification-service group has committed everything on csi.initiatives. */
    private static boolean allConsumed(RunningSuite.Suite suite) {
        return KafkaGroups.lag(suite.stack().bootstrapServers(), "notification-service", CsiTopics.INITIATIVES) == 0;
    }
}
