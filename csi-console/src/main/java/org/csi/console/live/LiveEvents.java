package org.csi.console.live;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * CSI events as they happen: a Kafka consumer of the four CSI topics (its own consumer group per console instance,
 * from the latest offset: the console shows what happens now, it does not replay history) feeding every open page
 * over server-sent events. The last events are kept so a page that just opened shows some context.
 */
@ApplicationScoped
public class LiveEvents {

    static final int RECENT = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SUMMARY_FIELDS = List.of("title", "objectiveName", "name", "kpiKey",
            "actualValue", "targetValue", "status", "priority", "subject", "audience", "channel", "service");

    private final BroadcastProcessor<LiveEvent> broadcast = BroadcastProcessor.create();
    private final Deque<LiveEvent> recent = new ArrayDeque<>();

    @Incoming("csi-events")
    public void on(ConsumerRecord<String, String> record) {
        LiveEvent event = toLiveEvent(record);
        synchronized (recent) {
            recent.addFirst(event);
            while (recent.size() > RECENT) {
                recent.removeLast();
            }
        }
        broadcast.onNext(event);
    }

    /** Events from now on, of one initiative or (null) of all. */
    public Multi<LiveEvent> stream(String initiativeId) {
        return broadcast.filter(e -> initiativeId == null || initiativeId.equals(e.initiativeId()));
    }

    public List<LiveEvent> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    static LiveEvent toLiveEvent(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type").orElse("unknown");
        String id = header(record, "ce_id").orElse(record.topic() + "-" + record.partition() + "-" + record.offset());
        String time = header(record, "ce_time").orElse(Instant.ofEpochMilli(record.timestamp()).toString());
        JsonNode payload = parse(record.value());
        String initiativeId = payload.path("initiativeId").isTextual() ? payload.path("initiativeId").asText()
                : null;
        StringBuilder summary = new StringBuilder();
        for (String field : SUMMARY_FIELDS) {
            JsonNode value = payload.path(field);
            if (value.isValueNode() && !value.isNull() && summary.length() < 200) {
                summary.append(summary.isEmpty() ? "" : " · ").append(field).append(' ').append(value.asText());
            }
        }
        String line = summary.length() > 240 ? summary.substring(0, 240) + "…" : summary.toString();
        return new LiveEvent(id, type, time, initiativeId, line);
    }

    private static JsonNode parse(String value) {
        try {
            return value == null ? JSON.createObjectNode() : JSON.readTree(value);
        } catch (Exception notJson) {
            return JSON.createObjectNode();
        }
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
