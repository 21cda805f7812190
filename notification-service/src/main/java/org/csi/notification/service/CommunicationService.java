package org.csi.notification.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.events.payload.CommunicationOutcome;
import org.csi.events.payload.InitiativeDetails;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
import org.csi.notification.domain.CommunicationStatus;
import org.csi.notification.domain.Delivery;
import org.csi.notification.domain.DeliveryStatus;
import org.csi.notification.domain.InitiativeProjection;
import org.csi.platform.messaging.IncomingCloudEvent;
import org.csi.platform.outbox.Outbox;
import org.csi.platform.domain.ResultPage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Composes and records communications, and publishes their outcome through the outbox. */
@ApplicationScoped
public class CommunicationService {

    private final Outbox outbox;
    private final MessageComposer composer;
    private final ObjectMapper mapper;

    CommunicationService(Outbox outbox, MessageComposer composer, ObjectMapper mapper) {
        this.outbox = outbox;
        this.composer = composer;
        this.mapper = mapper;
    }

    /**
     * One communication of one event to one audience. The feed is delivered by being stored (csi.communication.sent at
     * once); e-mail and webhook get a pending delivery that the worker sends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Communication record(IncomingCloudEvent event, UUID initiativeId, Audience audience,
            Map<String, Object> data) {
        ComposedMessage message = composer.compose(event.ceType(), data, initiativeFacts(initiativeId),
                Map.of("name", audience.name(), "kind", audience.kind().name()));
        Communication c = new Communication();
        c.id = UUID.randomUUID();
        c.initiativeId = initiativeId;
        c.sourceEventId = event.id();
        c.sourceEventType = event.ceType();
        c.audience = audience.name();
        c.audienceKind = audience.kind();
        c.channel = audience.channel();
        c.subject = message.subject();
        c.serviceImplications = message.serviceImplications();
        c.personnelImpact = message.personnelImpact();
        c.approach = message.approach();
        c.createdAt = Instant.now();
        if (audience.channel() == Channel.FEED) {
            c.status = CommunicationStatus.DELIVERED;
            c.attempts = 1;
            c.deliveredAt = c.createdAt;
            c.persist();
            emitOutcome(c);
            return c;
        }
        c.status = CommunicationStatus.PENDING;
        c.recipients = audience.channel() == Channel.EMAIL ? String.join(",", audience.addresses()) : audience.url();
        c.persist();
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.communicationId = c.id;
        d.channel = audience.channel();
        d.target = c.recipients;
        d.subject = c.subject;
        d.body = audience.channel() == Channel.EMAIL ? message.asText() : webhookBody(c);
        d.eventId = event.id();
        d.eventType = event.ceType();
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = c.createdAt;
        d.createdAt = c.createdAt;
        d.persist();
        return c;
    }

    /** csi.communication.sent or csi.communication.failed for a communication that reached its final status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emitOutcome(Communication c) {
        boolean sent = c.status == CommunicationStatus.DELIVERED;
        outbox.emit(sent ? CsiEventType.COMMUNICATION_SENT : CsiEventType.COMMUNICATION_FAILED, c.id,
                c.initiativeId == null ? c.id : c.initiativeId,
                new CommunicationOutcome(c.id, c.initiativeId, asUuid(c.sourceEventId), c.sourceEventType, c.audience,
                        c.channel.name(), c.subject, c.status.name(), c.attempts,
                        sent ? null : (c.lastError == null ? "delivery failed" : c.lastError),
                        sent ? c.deliveredAt : Instant.now()));
    }

    /** ce_ids of CSI services are UUIDs; another producer's id is mapped to a stable name-based UUID. */
    private static UUID asUuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Map<String, Object> initiativeFacts(UUID initiativeId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (var component : InitiativeDetails.class.getRecordComponents()) {
            facts.put(component.getName(), null);
        }
        InitiativeProjection p = initiativeId == null ? null : InitiativeProjection.findById(initiativeId);
        if (p != null) {
            facts.putAll(p.details);
        }
        return facts;
    }

    private String webhookBody(Communication c) {
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
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Communication> list(UUID initiativeId, String eventType, CommunicationStatus status,
            String audience, Channel channel, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (initiativeId != null) {
            clauses.add("initiativeId = :initiativeId");
            params.put("initiativeId", initiativeId);
        }
        if (eventType != null && !eventType.isBlank()) {
            clauses.add("sourceEventType = :eventType");
            params.put("eventType", eventType);
        }
        if (status != null) {
            clauses.add("status = :status");
            params.put("status", status);
        }
        if (audience != null && !audience.isBlank()) {
            clauses.add("audience = :audience");
            params.put("audience", audience);
        }
        if (channel != null) {
            clauses.add("channel = :channel");
            params.put("channel", channel);
        }
        Sort newestFirst = Sort.descending("createdAt").and("id");
        var query = clauses.isEmpty() ? Communication.<Communication>findAll(newestFirst)
                : Communication.<Communication>find(String.join(" and ", clauses), newestFirst, params);
        return ResultPage.of(query.page(Page.of(page, size)).list(), page, size, query.count());
    }
}
