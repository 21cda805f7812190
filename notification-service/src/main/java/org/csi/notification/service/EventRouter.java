package org.csi.notification.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.events.CsiTopics;
import org.csi.events.payload.InitiativeDetails;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Delivery;
import org.csi.notification.domain.DeliveryStatus;
import org.csi.notification.domain.InitiativeProjection;
import org.csi.notification.domain.WebhookSubscription;
import org.csi.platform.messaging.IncomingCloudEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What one CSI event causes here, inside the consumer's transaction: the initiative projection is kept up to date, each
 * plan audience that wants the event gets one communication, and each webhook subscription that wants it gets one
 * delivery of the CloudEvent. Deliveries are rows; {@link DeliveryWorker} sends them after the commit.
 */
@ApplicationScoped
public class EventRouter {

    private final PlanService plans;
    private final CommunicationService communications;
    private final ObjectMapper mapper;

    EventRouter(PlanService plans, CommunicationService communications, ObjectMapper mapper) {
        this.plans = plans;
        this.communications = communications;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void route(IncomingCloudEvent event, Record payload) {
        CsiEventType type = event.type().orElseThrow();
        Map<String, Object> data = asMap(event, type);
        if (payload instanceof InitiativeDetails details) {
            project(details, data);
        }
        UUID initiativeId = data.get("initiativeId") instanceof String id ? UUID.fromString(id) : null;
        // Outcomes of our own communications are not told to stakeholders again (that would never end).
        if (initiativeId != null && !CsiTopics.COMMUNICATIONS.equals(type.topic())) {
            for (Audience audience : plans.audiencesFor(initiativeId, data)) {
                if (audience.wants(type.type())) {
                    communications.record(event, initiativeId, audience, data);
                }
            }
        }
        List<WebhookSubscription> subscribers = WebhookSubscription.list("enabled", true);
        String cloudEvent = null;
        for (WebhookSubscription subscription : subscribers) {
            if (subscription.wants(type.type())) {
                cloudEvent = cloudEvent != null ? cloudEvent : structuredCloudEvent(event);
                Delivery d = new Delivery();
                d.id = UUID.randomUUID();
                d.subscriptionId = subscription.id;
                d.channel = Channel.WEBHOOK;
                d.target = subscription.url;
                d.body = cloudEvent;
                d.eventId = event.id();
                d.eventType = type.type();
                d.status = DeliveryStatus.PENDING;
                d.nextAttemptAt = Instant.now();
                d.createdAt = d.nextAttemptAt;
                d.persist();
            }
        }
    }

    /** Keeps the newest facts of an initiative; an older version arriving late changes nothing. */
    private void project(InitiativeDetails details, Map<String, Object> data) {
        InitiativeProjection p = InitiativeProjection.findById(details.initiativeId());
        if (p != null && p.version > details.version()) {
            return;
        }
        boolean created = p == null;
        if (created) {
            p = new InitiativeProjection();
            p.initiativeId = details.initiativeId();
        }
        p.title = details.title();
        p.owner = details.owner();
        p.details = data;
        p.version = details.version();
        p.updatedAt = Instant.now();
        if (created) {
            p.persist();
        }
    }

    /** The event data as a map with every field of its payload record present (null when absent), for templates. */
    private Map<String, Object> asMap(IncomingCloudEvent event, CsiEventType type) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (var component : type.payloadType().getRecordComponents()) {
            data.put(component.getName(), null);
        }
        try {
            data.putAll(mapper.readValue(event.data(), new TypeReference<Map<String, Object>>() {
            }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("validated event data is not a JSON object", e);
        }
        return data;
    }

    /** The CloudEvent in structured content mode (application/cloudevents+json), as webhook receivers get it. */
    private String structuredCloudEvent(IncomingCloudEvent event) {
        try {
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
            ce.set("data", mapper.readTree(event.data()));
            return mapper.writeValueAsString(ce);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the CloudEvent " + event.id(), e);
        }
    }
}
