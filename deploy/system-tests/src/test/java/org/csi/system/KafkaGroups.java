package org.csi.system;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer groups through Kafka's own admin client: the lag that tells when a service has consumed a topic, and the
 * offset reset a redelivery test needs.
 */
final class KafkaGroups {

    private KafkaGroups() {
    }

    /** The end offset of every partition of the topics: where a consumer would start "from now". */
    static Map<TopicPartition, Long> endOffsets(String bootstrapServers, List<String> topics) {
        try (Admin admin = admin(bootstrapServers)) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the end offsets of " + topics, e);
        }
    }

    /**
     * Moves the committed offsets of a group back, as Kafka's {@code kafka-consumer-groups --reset-offsets} does: the
     * group's members will be given those records again, which is what a redelivery is. The group must have no active
     * member (its service stopped), or the broker refuses.
     */
    static void rewind(String bootstrapServers, String group, Map<TopicPartition, Long> offsets) {
        try (Admin admin = admin(bootstrapServers)) {
            admin.alterConsumerGroupOffsets(group, offsets.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot rewind group " + group, e);
        }
    }

    /** Records of the topic that the group has not committed yet (all partitions). */
    static long lag(String bootstrapServers, String group, String topic) {
        try (Admin admin = admin(bootstrapServers)) {
            return lag(admin, group, topic);
        }
    }

    /** True once the group has committed everything on each of the topics. */
    static boolean consumedAll(String bootstrapServers, String group, String... topics) {
        return consumedAll(bootstrapServers, Map.of(group, List.of(topics)));
    }

    /** True once every group has committed everything on each of its topics; one admin client asks for all. */
    static boolean consumedAll(String bootstrapServers, Map<String, List<String>> topicsByGroup) {
        try (Admin admin = admin(bootstrapServers)) {
            for (Map.Entry<String, List<String>> group : topicsByGroup.entrySet()) {
                for (String topic : group.getValue()) {
                    if (lag(admin, group.getKey(), topic) != 0) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private static long lag(Admin admin, String group, String topic) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            return ends.entrySet().stream().mapToLong(e -> {
                OffsetAndMetadata c = committed.get(e.getKey());
                return e.getValue().offset() - (c == null ? 0 : c.offset());
            }).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the offsets of group " + group, e);
        }
    }

    private static Admin admin(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Admin.create(props);
    }
}
