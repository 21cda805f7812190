package org.csi.notification.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.csi.events.CsiTopics;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
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

    /** Newest first. */
    public ResultPage<Communication> list(CommunicationQuery query, int page, int size) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("initiativeId", query.initiativeId());
        filters.put("sourceEventType", query.eventType());
        filters.put("status", query.status());
        filters.put("audience", query.audience());
        filters.put("channel", query.channel());
        filters.values().removeIf(v -> v == null || v instanceof String text && text.isBlank());
        String where = filters.keySet().stream().map(field -> field + " = :" + field)
                .collect(Collectors.joining(" and "));
        Sort newestFirst = Sort.descending("createdAt").and("id");
        var found = filters.isEmpty() ? Communication.<Communication>findAll(newestFirst)
                : Communication.<Communication>find(where, newestFirst, filters);
        return ResultPage.of(found.page(Page.of(page, size)).list(), page, size, found.count());
    }
}
