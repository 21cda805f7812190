package org.csi.notification.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
import org.csi.platform.messaging.IncomingCloudEvent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Subscribers get the CloudEvent with its data as received; plan webhooks get the communication. */
class WebhookBodiesTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final WebhookBodies bodies = new WebhookBodies(json);

    @Test
    void theCloudEventInStructuredModeCarriesTheDataVerbatim() throws Exception {
        String data = "{\"initiativeId\":\"3f1c1f4e-8d6a-4b3e-9a57-0c2f6a1d9b11\",\"actualValue\":6.50}";
        IncomingCloudEvent event = new IncomingCloudEvent("e-1", "csi.target.missed",
                Optional.of(CsiEventType.TARGET_MISSED), "/csi/initiative-service", "subject-1",
                Instant.parse("2026-01-01T10:00:00Z"), CsiEventType.TARGET_MISSED.dataSchema(), "key", data + "\n");

        String body = bodies.cloudEvent(event);

        assertTrue(body.endsWith(",\"data\":" + data + "}"), body);
        JsonNode ce = json.readTree(body);
        assertEquals("1.0", ce.get("specversion").asText());
        assertEquals("e-1", ce.get("id").asText());
        assertEquals("csi.target.missed", ce.get("type").asText());
        assertEquals("/csi/initiative-service", ce.get("source").asText());
        assertEquals("subject-1", ce.get("subject").asText());
        assertEquals("2026-01-01T10:00:00Z", ce.get("time").asText());
        assertEquals("application/json", ce.get("datacontenttype").asText());
        assertEquals(CsiEventType.TARGET_MISSED.dataSchema(), ce.get("dataschema").asText());
    }

    @Test
    void absentAttributesAreLeftOut() throws Exception {
        IncomingCloudEvent event = new IncomingCloudEvent("e-2", "csi.sip.drafted",
                Optional.of(CsiEventType.SIP_DRAFTED), "/csi/sip-service", null, Instant.parse("2026-01-01T10:00:00Z"),
                null, "key", "{}");

        JsonNode ce = json.readTree(bodies.cloudEvent(event));

        assertFalse(ce.has("subject"));
        assertFalse(ce.has("dataschema"));
    }

    @Test
    void aPlanWebhookGetsTheCommunication() throws Exception {
        Communication c = Communication.to(new Audience("itsm", AudienceKind.INTEGRATION, Channel.WEBHOOK, List.of(),
                "https://itsm.example.com", "whsec_x", List.of()), UUID.randomUUID(), "e-3", "csi.sip.drafted",
                "SIP drafted", "s", "p", "a");

        JsonNode body = json.readTree(bodies.communication(c));

        assertEquals(List.of("communicationId", "initiativeId", "sourceEventId", "sourceEventType", "audience",
                "audienceKind", "subject", "sections", "createdAt"), iterate(body));
        assertEquals(c.id.toString(), body.get("communicationId").asText());
        assertEquals("INTEGRATION", body.get("audienceKind").asText());
        assertEquals("p", body.get("sections").get("personnelImpact").asText());
        assertEquals(c.createdAt.toString(), body.get("createdAt").asText());
    }

    private static List<String> iterate(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
