package org.csi.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csi.events.CsiEventType;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Measures (prints, never asserts on time) how long a csi.target.missed event takes from being acknowledged by the
 * broker to arriving at a webhook receiver: 20 events one after the other, receiver in this JVM, same clock.
 */
@QuarkusTest
@CsiStackTest("notification-service")
@AsAdmin
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class WebhookLatencyTest {

    private static final int EVENTS = 20;

    @InjectCsiStack
    CsiStack stack;

    @Test
    void timeFromKafkaToWebhookReceived() throws Exception {
        CsiEventType type = CsiEventType.TARGET_MISSED;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (WebhookReceiver receiver = new WebhookReceiver(200, 0);
                KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            String subscription = given().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of(type.type())))
                    .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                UUID initiativeId = UUID.randomUUID();
                String eventId = UUID.randomUUID().toString();
                ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), initiativeId.toString(),
                        Events.payload(type, Map.of("initiativeId", initiativeId.toString())));
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", eventId);
                header(record, "ce_type", type.type());
                header(record, "ce_source", Events.source(type));
                header(record, "ce_subject", initiativeId.toString());
                header(record, "ce_time", Instant.now().toString());
                header(record, "ce_dataschema", type.dataSchema());
                producer.send(record).get();
                long onKafka = System.nanoTime(); // the broker acknowledged the write (acks=all)
                WebhookReceiver.Call call = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                        .until(() -> receiver.calls().stream().filter(c -> c.body().contains(eventId)).findFirst()
                                .orElse(null), c -> c != null);
                millis.add(Math.max(0, (call.receivedNanos() - onKafka) / 1_000_000));
            }
            assertEquals(EVENTS, millis.size());
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            System.out.printf("[figures] event on Kafka (acks=all) -> signed webhook received, %d events: median %d ms, "
                    + "p90 %d ms, min %d ms, max %d ms (all: %s)%n", EVENTS, sorted.get(EVENTS / 2),
                    sorted.get(EVENTS * 9 / 10), sorted.get(0), sorted.get(EVENTS - 1), millis);
            given().delete("/api/v1/subscriptions/" + subscription).then().statusCode(204);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
