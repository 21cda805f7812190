package org.csi.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Anyone who can reach the broker can publish a well-formed CloudEvent. One that claims a ce_source other than the
 * producer owning its topic (csi.initiatives is initiative-service's), or a type on a foreign topic, is dead-lettered
 * with its reason and has no effect; the partition keeps flowing.
 */
@QuarkusTest
@CsiStackTest("notification-service")
@AsAdmin
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class ForgedSourceTest {

    @InjectCsiStack
    CsiStack stack;

    @Test
    void anEventWithAForgedSourceIsDeadLetteredAndHasNoEffect() {
        UUID initiativeId = UUID.randomUUID();
        String key = initiativeId.toString();
        CsiEventType type = CsiEventType.INITIATIVE_CREATED;
        String data = Events.payload(type, Map.of("initiativeId", key, "title", "Forged " + key.substring(0, 8)));
        String bootstrap = stack.bootstrapServers();
        try (TopicProbe dlq = TopicProbe.fromNow(bootstrap, CsiTopics.deadLetter("notification-service"))) {
            // a plain Kafka producer: a well-formed event of a known type, but not from initiative-service
            TopicProbe.publish(bootstrap, CsiTopics.INITIATIVES, key, UUID.randomUUID().toString(), type.type(),
                    "/csi/attacker", key, type.dataSchema(), data);
            // another service's name does not help either
            TopicProbe.publish(bootstrap, CsiTopics.INITIATIVES, key, UUID.randomUUID().toString(), type.type(),
                    CsiSources.SIP_SERVICE, key, type.dataSchema(), data);
            // nor the right source with a type that travels on another topic
            TopicProbe.publish(bootstrap, CsiTopics.INITIATIVES, key, UUID.randomUUID().toString(),
                    CsiEventType.SIP_DRAFTED.type(), CsiSources.INITIATIVE_SERVICE, key,
                    CsiEventType.SIP_DRAFTED.dataSchema(), Events.payload(CsiEventType.SIP_DRAFTED,
                            Map.of("initiativeId", key)));

            List<ConsumerRecord<String, String>> dead = dlq.await(r -> key.equals(r.key()), 3, Duration.ofSeconds(60));
            assertEquals(3, dead.size(), "every forged event is dead-lettered");
            String first = TopicProbe.header(dead.get(0), "dead-letter-reason");
            String second = TopicProbe.header(dead.get(1), "dead-letter-reason");
            String third = TopicProbe.header(dead.get(2), "dead-letter-reason");
            assertTrue(first != null && first.contains("ce_source /csi/attacker does not own csi.initiatives"), first);
            assertTrue(second != null && second.contains("ce_source /csi/sip-service does not own"), second);
            assertTrue(third != null && third.contains("belongs on csi.sips"), third);

            // no effect: the genuine event after them is the only one that made a communication (csi.initiative.created
            // is no event told at once: it arrives in the digest, 2 s periods in tests, with the genuine title)
            Events.publish(bootstrap, type, UUID.randomUUID().toString(), initiativeId,
                    Events.payload(type, Map.of("initiativeId", key, "title", "Genuine " + key.substring(0, 8))));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .queryParam("initiativeId", initiativeId).get("/api/v1/communications").then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].sourceEventType", equalTo("csi.digest"))
                    .body("items[0].subject", org.hamcrest.Matchers.startsWith("CSI daily digest: Genuine "
                            + key.substring(0, 8) + " - 1 update ")));
        }
    }
}
