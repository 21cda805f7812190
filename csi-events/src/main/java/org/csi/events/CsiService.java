package org.csi.events;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The services of the CSI suite, defined once: each one's name (its database, consumer group, Kafka user and module),
 * its {@code ce_source}, the topic it alone publishes on, its dead-letter topic, the topics it consumes and its default
 * HTTP port in the local run. The launcher ({@code ./csi}), the test kit, the Kafka ACLs and the system tests derive
 * their lists from here; {@link CsiTopics} and {@link CsiSources} keep the names as constants for annotations and
 * {@code switch} labels, and {@code CsiServiceTest} checks that everything agrees with {@link CsiEventType}.
 */
public enum CsiService {

    INITIATIVE("initiative-service", CsiSources.INITIATIVE_SERVICE, CsiTopics.INITIATIVES, 8081,
            CsiTopics.ASSESSMENTS, CsiTopics.SIPS),
    ASSESSMENT("assessment-service", CsiSources.ASSESSMENT_SERVICE, CsiTopics.ASSESSMENTS, 8082,
            CsiTopics.INITIATIVES, CsiTopics.SIPS),
    SIP("sip-service", CsiSources.SIP_SERVICE, CsiTopics.SIPS, 8083,
            CsiTopics.INITIATIVES, CsiTopics.ASSESSMENTS),
    NOTIFICATION("notification-service", CsiSources.NOTIFICATION_SERVICE, CsiTopics.COMMUNICATIONS, 8084,
            CsiTopics.INITIATIVES, CsiTopics.ASSESSMENTS, CsiTopics.SIPS, CsiTopics.COMMUNICATIONS);

    private final String serviceName;
    private final String source;
    private final String topic;
    private final int defaultPort;
    private final List<String> consumes;

    CsiService(String serviceName, String source, String topic, int defaultPort, String... consumes) {
        this.serviceName = serviceName;
        this.source = source;
        this.topic = topic;
        this.defaultPort = defaultPort;
        this.consumes = List.of(consumes);
    }

    /** E.g. {@code initiative-service}: the module, the database's stem, the consumer group and the Kafka user. */
    public String serviceName() {
        return serviceName;
    }

    /** The {@code ce_source} of every event it publishes, e.g. {@code /csi/initiative-service}. */
    public String source() {
        return source;
    }

    /** The topic it alone publishes on. */
    public String topic() {
        return topic;
    }

    /** Where records it can never process go: {@code csi.deadletter.<service>}. */
    public String deadLetterTopic() {
        return CsiTopics.deadLetter(serviceName);
    }

    /** The topics it consumes (its consumer group is its name). */
    public List<String> consumes() {
        return consumes;
    }

    /** Its HTTP port in the local run ({@code ./csi up}) unless {@code CSI_<NAME>_PORT} says otherwise. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The event types it publishes: those that travel on its topic. */
    public Set<CsiEventType> publishes() {
        return Arrays.stream(CsiEventType.values()).filter(type -> type.topic().equals(topic))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CsiEventType.class)));
    }

    /** The service names in order: initiative-service, assessment-service, sip-service, notification-service. */
    public static List<String> names() {
        return Arrays.stream(values()).map(CsiService::serviceName).toList();
    }

    /** The four CSI topics, in service order. */
    public static List<String> topics() {
        return Arrays.stream(values()).map(CsiService::topic).toList();
    }

    /** The dead-letter topics, in service order. */
    public static List<String> deadLetterTopics() {
        return Arrays.stream(values()).map(CsiService::deadLetterTopic).toList();
    }

    public static Optional<CsiService> byName(String serviceName) {
        return Arrays.stream(values()).filter(s -> s.serviceName.equals(serviceName)).findFirst();
    }

    /** The service that owns (alone publishes on) a topic. */
    public static Optional<CsiService> owning(String topic) {
        return Arrays.stream(values()).filter(s -> s.topic.equals(topic)).findFirst();
    }

    @Override
    public String toString() {
        return serviceName;
    }
}
