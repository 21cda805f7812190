package org.csi.system;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csi.events.CsiTopics;
import org.csi.stack.KafkaSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secured cluster seen from a plain Kafka client: the services of the other cluster tests run on it with their
 * SCRAM users (so their client settings are proven by every count those tests check), and here the refusals are
 * proven. No password, a wrong password, another service's topic and a foreign consumer group are all refused; the
 * integration teams' user reads the CSI topics and writes nothing.
 */
@ExtendWith(ClusterSuite.class)
class ClusterKafkaSecurityIT {

    private final ClusterSuite.Cluster cluster = ClusterSuite.get();
    private final KafkaSecurity security = cluster.stack().kafkaSecurity().orElseThrow();
    private final String clientListeners = cluster.stack().kafkaCluster().clientBootstrapServers();

    @Test
    void aClientWithoutCredentialsGetsNothing() {
        try (Admin admin = Admin.create(settings(Map.of()))) {
            assertThrows(Exception.class, () -> admin.listTopics().names().get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> wrong = new HashMap<>(security.clientProperties("sip-service"));
        wrong.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"sip-service\" password=\"guessed\";");
        try (Admin admin = Admin.create(settings(wrong))) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> admin.listTopics().names().get(30, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
        }
    }

    @Test
    void aServiceCannotForgeAnotherServicesEvents() {
        // sip-service may write csi.sips; a forged target.missed on csi.initiatives is refused by the broker
        try (KafkaProducer<String, String> producer = producer("sip-service")) {
            ProducerRecord<String, String> forged = new ProducerRecord<>(CsiTopics.INITIATIVES,
                    UUID.randomUUID().toString(), "{\"forged\": true}");
            forged.headers().add("ce_type", "csi.target.missed".getBytes());
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> producer.send(forged).get(30, TimeUnit.SECONDS));
            assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
        }
    }

    @Test
    void integrationTeamsReadTheTopicsAndWriteNothing() {
        String initiative = new CsiApi(cluster).createInitiative(CsiApi.uniqueService("acl"), "Read, never write");
        try (KafkaConsumer<String, String> consumer = consumer(KafkaSecurity.INTEGRATION, "integration-acl-test")) {
            consumer.subscribe(List.of(CsiTopics.INITIATIVES));
            boolean seen = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!seen && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen |= initiative.equals(record.key());
                }
            }
            assertTrue(seen, "the integration user read the initiative's events");
        }
        try (KafkaProducer<String, String> producer = producer(KafkaSecurity.INTEGRATION)) {
            ExecutionException refused = assertThrows(ExecutionException.class, () -> producer
                    .send(new ProducerRecord<>(CsiTopics.INITIATIVES, initiative, "{}")).get(30, TimeUnit.SECONDS));
            assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
        }
        // a consumer group outside its prefix (here: sip-service's own) is refused
        try (KafkaConsumer<String, String> intruder = consumer(KafkaSecurity.INTEGRATION, "sip-service")) {
            intruder.subscribe(List.of(CsiTopics.INITIATIVES));
            assertThrows(GroupAuthorizationException.class, () -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (System.nanoTime() < deadline) {
                    intruder.poll(Duration.ofMillis(500));
                }
            });
        }
    }

    private Map<String, Object> settings(Map<String, ?> security) {
        Map<String, Object> settings = new HashMap<>(security);
        settings.put("bootstrap.servers", clientListeners);
        settings.put("request.timeout.ms", "5000");
        settings.put("default.api.timeout.ms", "10000");
        return settings;
    }

    private KafkaProducer<String, String> producer(String user) {
        Map<String, Object> settings = settings(security.clientProperties(user));
        settings.put("max.block.ms", "10000");
        // an idempotent producer would first need a producer id, refused as a cluster permission before any topic
        settings.put("enable.idempotence", "false");
        settings.put("delivery.timeout.ms", "20000");
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> consumer(String user, String group) {
        Map<String, Object> settings = settings(security.clientProperties(user));
        settings.put("group.id", group);
        settings.put("auto.offset.reset", "earliest");
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }
}
