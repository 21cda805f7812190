package org.csi.notification.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.events.CsiTopics;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
import org.csi.notification.domain.CommunicationStatus;
import org.csi.notification.domain.Delivery;
import org.csi.notification.domain.InitiativeProjection;
import org.csi.notification.messaging.NotificationEvents;
import org.csi.notification.messaging.WebhookBodies;
import org.csi.platform.domain.ResultPage;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Communications: composes one message per plan audience that wants an event, records it with its pending delivery (a
 * FEED message is delivered by being stored, and its outcome published at once), and lists them.
 */
@ApplicationScoped
@Transactional
public class CommunicationService {

    private final PlanService plans;
    private final MessageComposer composer;
    private final WebhookBodies webhookBodies;
    private final NotificationEvents events;

    CommunicationService(PlanService plans, MessageComposer composer, WebhookBodies webhookBodies,
            NotificationEvents events) {
        this.plans = plans;
        this.composer = composer;
        this.webhookBodies = webhookBodies;
        this.events = events;
    }

    /**
     * One communication per audience of the initiative's plan (or the default plan) that wants the event. Events
     * without an initiative reach webhook subscribers only, and outcomes of our own communications are not told to
     * stakeholders again (that would never end).
     */
    public void communicate(ReceivedEvent event) {
        UUID initiativeId = event.initiativeId();
        if (initiativeId == null || CsiTopics.COMMUNICATIONS.equals(event.type().topic())) {
            return;
        }
        InitiativeProjection initiative = InitiativeProjection.findById(initiativeId);
        for (Audience audience : plans.audiencesFor(initiativeId, initiative, event.owner())) {
            if (audience.wants(event.type().type())) {
                record(event, initiativeId, initiative, audience);
            }
        }
    }

    private void record(ReceivedEvent event, UUID initiativeId, InitiativeProjection initiative, Audience audience) {
        String eventType = event.type().type();
        ComposedMessage message = composer.compose(eventType, event.payload(), initiative, audience);
        Communication c = Communication.to(audience, initiativeId, event.id(), eventType, message.subject(),
                message.serviceImplications(), message.personnelImpact(), message.approach());
        c.persist();
        if (c.ended()) {
            events.communicationEnded(c);
            return;
        }
        Delivery.of(c, audience.channel() == Channel.EMAIL ? message.asText() : webhookBodies.communication(c))
                .persist();
    }

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
