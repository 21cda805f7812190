package org.csi.initiative.foundation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The transactional outbox: a write succeeds while Kafka is down, and its event is published once it is back. */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class OutboxBrokerOutageTest {

    @InjectCsiStack
    CsiStack stack;

    @Test
    void eventCreatedWhileBrokerIsDownIsPublishedExactlyOnceAfterItReturns() {
        stack.kafka().stop();
        String id;
        try {
            id = given().contentType(ContentType.JSON).body(InitiativeCreationTest.VALID)
                    .when().post("/api/v1/initiatives")
                    .then().statusCode(201).extract().path("id");
        } finally {
            stack.kafka().start();
        }
        try (TopicProbe probe = TopicProbe.fromBeginning(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            String initiativeId = id;
            assertEquals(1, probe.await(r -> initiativeId.equals(r.key()), 1, Duration.ofSeconds(60)).size());
            assertEquals(1, probe.drain(r -> initiativeId.equals(r.key()), Duration.ofSeconds(3)).size(),
                    "published once, not twice");
        }
    }
}
