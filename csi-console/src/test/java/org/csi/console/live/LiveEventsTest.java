package org.csi.console.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class LiveEventsTest {

    @Test
    void anEventIsShownByItsCloudEventsHeadersAndAFewFields() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("csi.initiatives", 0, 7, "key",
                "{\"initiativeId\": \"i-1\", \"objectiveName\": \"MTTR\", \"actualValue\": 6.5, \"targetValue\": 4}");
        record.headers().add("ce_type", "csi.target.missed".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", "e-1".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_time", "2026-12-02T10:00:00Z".getBytes(StandardCharsets.UTF_8));
        LiveEvent event = LiveEvents.toLiveEvent(record);
        assertEquals("csi.target.missed", event.type());
        assertEquals("e-1", event.id());
        assertEquals("i-1", event.initiativeId());
        assertEquals("objectiveName MTTR · actualValue 6.5 · targetValue 4", event.summary());
    }

    @Test
    void aRecordThatIsNotACsiEventStillShowsUpHarmlessly() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("csi.sips", 2, 9, null, "not json");
        LiveEvent event = LiveEvents.toLiveEvent(record);
        assertEquals("unknown", event.type());
        assertEquals("csi.sips-2-9", event.id());
        assertNull(event.initiativeId());
        assertTrue(event.summary().isEmpty());
    }
}
