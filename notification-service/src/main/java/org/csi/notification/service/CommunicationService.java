package org.csi.notification.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.events.payload.CommunicationOutcome;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
import org.csi.notification.domain.CommunicationStatus;
import org.csi.platform.messaging.IncomingCloudEvent;
import org.csi.platform.outbox.Outbox;
import org.csi.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Records communications and their outcome events. */
@ApplicationScoped
public class CommunicationService {

    /** The audience of initiatives without a communication plan: the owner and stakeholders named on them. */
    public static final String DEFAULT_AUDIENCE = "initiative-stakeholders";

    private final Outbox outbox;

    CommunicationService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Stores a feed communication, which is delivered by being stored, and reports it as sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Communication recordFeed(IncomingCloudEvent event, UUID initiativeId, ComposedMessage message) {
        Communication c = new Communication();
        c.id = UUID.randomUUID();
        c.initiativeId = initiativeId;
        c.sourceEventId = event.id();
        c.sourceEventType = event.ceType();
        c.audience = DEFAULT_AUDIENCE;
        c.channel = Channel.FEED;
        c.subject = message.subject();
        c.serviceImplications = message.serviceImplications();
        c.personnelImpact = message.personnelImpact();
        c.approach = message.approach();
        c.status = CommunicationStatus.DELIVERED;
        c.attempts = 1;
        c.createdAt = Instant.now();
        c.deliveredAt = c.createdAt;
        c.persist();
        outbox.emit(CsiEventType.COMMUNICATION_SENT, c.id, initiativeId == null ? c.id : initiativeId,
                new CommunicationOutcome(c.id, initiativeId, UUID.fromString(event.id()), event.ceType(), c.audience,
                        c.channel.name(), c.subject, c.status.name(), c.attempts, null, c.deliveredAt));
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Communication> list(UUID initiativeId, String eventType, CommunicationStatus status,
            String audience, int page, int size) {
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
        Sort newestFirst = Sort.descending("createdAt");
        var query = clauses.isEmpty() ? Communication.<Communication>findAll(newestFirst)
                : Communication.<Communication>find(String.join(" and ", clauses), newestFirst, params);
        return PageResponse.of(query.page(Page.of(page, size)).list(), page, size, query.count());
    }
}
