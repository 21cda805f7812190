package org.csi.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.csi.stack.KafkaSecurity;
import org.csi.stack.KafkaSecurity.Access;

import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleBuilder;
import io.strimzi.api.kafka.model.user.acl.AclRuleClusterResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;

/**
 * Kafka is reached over TLS with SCRAM-SHA-512 only, and each client may do no more than the suite's topic ownership
 * needs: this class holds that table, and the KafkaUsers must grant exactly it.
 */
class KafkaSecurityTest {

    private static final String CLUSTER = "csi";
    private static final int TLS_PORT = 9093;
    private static final List<String> CSI_TOPICS = List.of("csi.initiatives", "csi.assessments", "csi.sips",
            "csi.communications");

    /**
     * Who may do what: the table the local cluster applies and the cluster system tests enforce on a real broker
     * ({@link KafkaSecurity#ACCESS}, deploy/local-stack), so production grants exactly what was proven there.
     */
    private static final Map<String, Access> ACCESS = KafkaSecurity.ACCESS;

    @Test
    void theOnlyListenerIsTlsWithScramAndTheBrokerAuthorizes() {
        Kafka kafka = ProductionShape.named(Kafka.class, CLUSTER);
        List<GenericKafkaListener> listeners = kafka.getSpec().getKafka().getListeners();
        assertEquals(1, listeners.size(), "one listener");
        GenericKafkaListener listener = listeners.get(0);
        assertEquals(TLS_PORT, listener.getPort());
        assertTrue(listener.isTls(), "TLS");
        assertTrue(listener.getAuth() instanceof KafkaListenerAuthenticationScramSha512, "SCRAM-SHA-512");
        assertTrue(kafka.getSpec().getKafka().getAuthorization() instanceof KafkaAuthorizationSimple, "simple authorization");
        assertNotNull(kafka.getSpec().getEntityOperator().getUserOperator(), "the user operator turns KafkaUsers into secrets");
        assertNotNull(kafka.getSpec().getEntityOperator().getTopicOperator(), "the topic operator makes the KafkaTopics");
    }

    @Test
    void everyKafkaResourceBelongsToTheCluster() {
        ProductionShape.all(KafkaTopic.class).forEach(topic -> assertEquals(CLUSTER, topic.getMetadata().getLabels().get("strimzi.io/cluster")));
        ProductionShape.all(KafkaUser.class).forEach(user -> assertEquals(CLUSTER, user.getMetadata().getLabels().get("strimzi.io/cluster")));
        ProductionShape.all(KafkaNodePool.class).forEach(pool -> assertEquals(CLUSTER, pool.getMetadata().getLabels().get("strimzi.io/cluster")));
    }

    @Test
    void everyTopicInTheTableExistsAndEveryTopicHasAnOwner() {
        Set<String> topics = ProductionShape.all(KafkaTopic.class).stream().map(topic -> topic.getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> written = ACCESS.values().stream().flatMap(access -> access.writes().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> read = ACCESS.values().stream().flatMap(access -> access.reads().stream()).collect(Collectors.toSet());
        assertEquals(topics, written, "each topic has one writer");
        assertTrue(topics.containsAll(read), "reads name existing topics");
    }

    @Test
    void kafkaUsersGrantExactlyTheTable() {
        List<KafkaUser> users = ProductionShape.all(KafkaUser.class);
        assertEquals(new TreeSet<>(ACCESS.keySet()), users.stream().map(user -> user.getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new)), "one KafkaUser per client in the table");
        for (KafkaUser user : users) {
            assertTrue(user.getSpec().getAuthentication() instanceof KafkaUserScramSha512ClientAuthentication,
                    user.getMetadata().getName() + " signs in with SCRAM-SHA-512");
        }
        assertEquals(List.of(), users.stream().flatMap(user -> differences(user).stream()).toList());
    }

    @Test
    void aGrantBeyondTheTableIsReported() {
        KafkaUser user = ProductionShape.named(KafkaUser.class, "initiative-service");
        KafkaUserAuthorizationSimple authorization = (KafkaUserAuthorizationSimple) user.getSpec().getAuthorization();
        authorization.getAcls().add(new AclRuleBuilder().withNewAclRuleTopicResource().withName("csi.sips")
                .endAclRuleTopicResource().withOperations(AclOperation.WRITE).build());
        assertEquals(List.of("initiative-service is granted more than the table: [allow Write topic:csi.sips]"),
                differences(user));
    }

    /** What the user is granted beyond the table, and what the table gives it that it lacks. */
    private static List<String> differences(KafkaUser user) {
        String name = user.getMetadata().getName();
        Set<String> expected = ACCESS.containsKey(name) ? grants(ACCESS.get(name)) : Set.of();
        Set<String> actual = grants(user);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        List<String> differences = new java.util.ArrayList<>();
        if (!extra.isEmpty()) {
            differences.add(name + " is granted more than the table: " + extra);
        }
        if (!missing.isEmpty()) {
            differences.add(name + " lacks what the table gives it: " + missing);
        }
        return differences;
    }

    @Test
    void everyApplicationConnectsOverSaslSslAsItsOwnKafkaUser() {
        for (String application : ProductionShape.APPLICATIONS) {
            Deployment deployment = ProductionShape.named(Deployment.class, application);
            Container container = WorkloadShapeTest.containers(deployment).get(0);
            Map<String, EnvVar> env = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
            assertEquals("csi-kafka-bootstrap:" + TLS_PORT, value(env, "KAFKA_BOOTSTRAP_SERVERS"), application);
            assertEquals("SASL_SSL", value(env, "KAFKA_SECURITY_PROTOCOL"), application);
            assertEquals("SCRAM-SHA-512", value(env, "KAFKA_SASL_MECHANISM"), application);
            assertEquals(application + "/sasl.jaas.config", secretKey(env, "KAFKA_SASL_JAAS_CONFIG"), application);
            assertEquals("PKCS12", value(env, "KAFKA_SSL_TRUSTSTORE_TYPE"), application);
            assertEquals(CLUSTER + "-cluster-ca-cert/ca.password", secretKey(env, "KAFKA_SSL_TRUSTSTORE_PASSWORD"), application);

            String truststore = value(env, "KAFKA_SSL_TRUSTSTORE_LOCATION");
            String directory = truststore.substring(0, truststore.lastIndexOf('/'));
            String file = truststore.substring(truststore.lastIndexOf('/') + 1);
            VolumeMount mount = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(directory))
                    .findFirst().orElseThrow(() -> new AssertionError(application + " mounts nothing at " + directory));
            Volume volume = WorkloadShapeTest.volume(deployment, mount.getName());
            assertEquals(CLUSTER + "-cluster-ca-cert", volume.getSecret().getSecretName(), application);
            assertTrue(volume.getSecret().getItems().stream()
                    .anyMatch(item -> item.getKey().equals("ca.p12") && item.getPath().equals(file)), application);
        }
    }

    /** Grants as "allow Write topic:csi.sips" lines, one per operation, so a difference reads plainly. */
    private static Set<String> grants(Access access) {
        Set<String> grants = new TreeSet<>();
        access.writes().forEach(topic -> grants.addAll(lines("topic:" + topic, "Write", "Describe")));
        if (!access.writes().isEmpty()) {
            grants.add("allow IdempotentWrite cluster");
        }
        access.reads().forEach(topic -> grants.addAll(lines("topic:" + topic, "Read", "Describe")));
        grants.add("allow Read group:" + access.group() + (access.groupPattern() == PatternType.PREFIXED ? "*" : ""));
        return grants;
    }

    private static Set<String> grants(KafkaUser user) {
        Set<String> grants = new TreeSet<>();
        KafkaUserAuthorizationSimple authorization = (KafkaUserAuthorizationSimple) user.getSpec().getAuthorization();
        for (AclRule rule : authorization.getAcls()) {
            String type = rule.getType() == null || rule.getType() == AclRuleType.ALLOW ? "allow" : "deny";
            String host = rule.getHost() == null || rule.getHost().equals("*") ? "" : " from " + rule.getHost();
            for (AclOperation operation : rule.getOperations()) {
                grants.add(type + " " + operation.toValue() + " " + resource(rule.getResource()) + host);
            }
        }
        return grants;
    }

    private static Set<String> lines(String resource, String... operations) {
        return java.util.Arrays.stream(operations).map(operation -> "allow " + operation + " " + resource)
                .collect(Collectors.toSet());
    }

    private static String resource(AclRuleResource resource) {
        if (resource instanceof AclRuleTopicResource topic) {
            return "topic:" + topic.getName() + suffix(String.valueOf(topic.getPatternType()));
        }
        if (resource instanceof AclRuleGroupResource group) {
            return "group:" + group.getName() + suffix(String.valueOf(group.getPatternType()));
        }
        if (resource instanceof AclRuleClusterResource) {
            return "cluster";
        }
        return resource.getType() + " (not in the table)";
    }

    /** Literal is Strimzi's default; a prefix pattern reads name*. */
    private static String suffix(String patternType) {
        return patternType.equalsIgnoreCase("prefix") ? "*" : "";
    }

    private static String value(Map<String, EnvVar> env, String name) {
        EnvVar var = env.get(name);
        assertNotNull(var, name);
        return var.getValue();
    }

    private static String secretKey(Map<String, EnvVar> env, String name) {
        EnvVar var = env.get(name);
        assertNotNull(var, name);
        var ref = var.getValueFrom().getSecretKeyRef();
        return ref.getName() + "/" + ref.getKey();
    }
}
