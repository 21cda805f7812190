package org.csi.stack;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.csi.events.CsiService;

/**
 * The users and ACLs of a secured {@link KafkaCluster}: one SCRAM-SHA-512 user per service, the console and integration
 * teams, each allowed only what it needs. A service writes its own topic and its dead-letter topic, and reads the topics
 * it consumes with its own consumer group; the console and integration teams only read. So a service that is taken
 * over, or anything else on the network, cannot publish a forged {@code csi.target.missed}: only initiative-service
 * may write {@code csi.initiatives}. The same table is written as Strimzi {@code KafkaUser}s in
 * {@code deploy/production/kubernetes}.
 */
public final class KafkaSecurity {

    /** What one Kafka user may do. */
    public record Access(List<String> writes, List<String> reads, String group, PatternType groupPattern) {
    }

    public static final String CONSOLE = "csi-console";
    public static final String INTEGRATION = "csi-integration";
    private static final List<String> ALL_TOPICS = CsiService.topics();

    /** User name (the service's name) to what it may do. */
    public static final Map<String, Access> ACCESS = access();

    private static Map<String, Access> access() {
        Map<String, Access> access = new LinkedHashMap<>();
        // a service writes its own topic and its dead-letter topic, and reads what it consumes (CsiService)
        for (CsiService service : CsiService.values()) {
            access.put(service.serviceName(), new Access(List.of(service.topic(), service.deadLetterTopic()),
                    service.consumes(), service.serviceName(), PatternType.LITERAL));
        }
        // the console's group is csi-console-<uuid>: every instance follows the live events on its own
        access.put(CONSOLE, new Access(List.of(), ALL_TOPICS, "csi-console-", PatternType.PREFIXED));
        access.put(INTEGRATION, new Access(List.of(), ALL_TOPICS, "integration-", PatternType.PREFIXED));
        return Map.copyOf(access);
    }

    private final Map<String, String> passwords = new LinkedHashMap<>();

    private KafkaSecurity() {
        SecureRandom random = new SecureRandom();
        for (String user : ACCESS.keySet()) {
            byte[] secret = new byte[18];
            random.nextBytes(secret);
            passwords.put(user, HexFormat.of().formatHex(secret));
        }
    }

    /** Creates every user with a fresh password, and the ACLs of the table, through the cluster's operator listener. */
    static KafkaSecurity apply(KafkaCluster cluster) {
        KafkaSecurity security = new KafkaSecurity();
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            List<org.apache.kafka.clients.admin.UserScramCredentialAlteration> users = new ArrayList<>();
            security.passwords.forEach((user, password) -> users.add(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)));
            admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(aclBindings()).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create the Kafka users and ACLs on " + cluster.bootstrapServers(), e);
        }
        return security;
    }

    /** The ACLs of {@link #ACCESS}: allow rules only; with no rule a user may do nothing. */
    static List<AclBinding> aclBindings() {
        List<AclBinding> acls = new ArrayList<>();
        ACCESS.forEach((user, access) -> {
            String principal = "User:" + user;
            for (String topic : access.writes()) {
                acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE));
                acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
            }
            for (String topic : access.reads()) {
                acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
                acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
            }
            acls.add(allow(principal, ResourceType.GROUP, access.group(), access.groupPattern(), AclOperation.READ));
        });
        return acls;
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern,
            AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    /** The Kafka client settings of a user, as {@code kafka.*} properties of a Quarkus app. */
    public Map<String, String> clientSettings(String user) {
        Map<String, String> settings = new LinkedHashMap<>();
        clientProperties(user).forEach((key, value) -> settings.put("kafka." + key, value));
        return settings;
    }

    /** The Kafka client settings of a user, as a plain Kafka client takes them (without bootstrap servers). */
    public Map<String, String> clientProperties(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("No Kafka user " + user);
        }
        return Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + user + "\" password=\"" + password + "\";");
    }
}
