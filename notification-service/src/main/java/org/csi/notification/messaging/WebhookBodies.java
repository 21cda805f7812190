package org.csi.notification.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.csi.events.CsiEventType;
import org.csi.notification.domain.Communication;
import org.csi.platform.messaging.IncomingCloudEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import jakarta.enterprise.context.ApplicationScoped;

/** What webhooks receive: subscribers the CloudEvent itself, plan WEBHOOK audiences the communication. */
@ApplicationScoped
public class WebhookBodies {

    private final ObjectMapper mapper;

    WebhookBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The CloudEvent in structured content mode (application/cloudevents+json). Its {@code data} is the event's JSON as
     * it was received (and validated by the inbox), forwarded verbatim, not parsed again.
     */
    public String cloudEvent(IncomingCloudEvent event) {
        ObjectNode ce = mapper.createObjectNode();
        ce.put("specversion", CsiEventType.SPEC_VERSION);
        ce.put("id", event.id());
        ce.put("type", event.ceType());
        ce.put("source", event.source());
        if (event.subject() != null) {
            ce.put("subject", event.subject());
        }
        ce.put("time", event.time().toString());
        ce.put("datacontenttype", "application/json");
        if (event.dataSchema() != null) {
            ce.put("dataschema", event.dataSchema());
        }
        ce.putRawValue("data", new RawValue(event.data().strip()));
        return write(ce);
    }

    /** A communication as a plan WEBHOOK audience gets it. */
    public String communication(Communication c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("communicationId", c.id);
        body.put("initiativeId", c.initiativeId);
        body.put("sourceEventId", c.sourceEventId);
        body.put("sourceEventType", c.sourceEventType);
        body.put("audience", c.audience);
        body.put("audienceKind", c.audienceKind);
        body.put("subject", c.subject);
        body.put("sections", Map.of("serviceImplications", c.serviceImplications, "personnelImpact",
                c.personnelImpact, "approach", c.approach));
        body.put("createdAt", c.createdAt);
        return write(body);
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a webhook body", e);
        }
    }
}
