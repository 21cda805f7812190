package org.csi.notification.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.csi.events.CsiTopics;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceOptOut;
import org.csi.notification.domain.DigestItem;
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

    /** The ce_type of a digest communication (it is about many events, so it names none of theirs). */
    public static final String DIGEST_TYPE = "csi.digest";

    private final PlanService plans;
    private final MessageComposer composer;
    private final WebhookBodies webhookBodies;
    private final NotificationEvents events;
    private final UnsubscribeTokens tokens;

    CommunicationService(PlanService plans, MessageComposer composer, WebhookBodies webhookBodies,
            NotificationEvents events, UnsubscribeTokens tokens) {
        this.plans = plans;
        this.composer = composer;
        this.webhookBodies = webhookBodies;
        this.events = events;
        this.tokens = tokens;
    }

    /**
     * Each audience of the initiative's plan (or the default plan) that wants the event hears about it: at once on each
     * of its immediate channels when the type matters ({@link Audience#immediate}), else in its next digest (kept as a
     * {@link DigestItem}, composed now). Events without an initiative reach webhook subscribers only, and outcomes of
     * our own communications are not told to stakeholders again (that would never end).
     */
    public void communicate(ReceivedEvent event) {
        UUID initiativeId = event.initiativeId();
        if (initiativeId == null || CsiTopics.COMMUNICATIONS.equals(event.type().topic())) {
            return;
        }
        InitiativeProjection initiative = InitiativeProjection.findById(initiativeId);
        String eventType = event.type().type();
        for (Audience audience : plans.audiencesFor(initiativeId, initiative, event.owner())) {
            if (!audience.wants(eventType)) {
                continue;
            }
            if (audience.immediate(eventType)) {
                if (!audience.immediateVia().isEmpty()) {
                    ComposedMessage message = composer.compose(eventType, event.payload(), initiative, audience);
                    for (Channel channel : audience.immediateVia()) {
                        send(audience, channel, initiativeId, initiative, event.id(), eventType, message);
                    }
                }
            } else if (audience.digests(plans.planCadence(initiativeId))) {
                ComposedMessage message = composer.compose(eventType, event.payload(), initiative, audience);
                DigestItem.of(initiativeId, audience.name(), event.id(), eventType, message.subject(),
                        message.serviceImplications(), message.personnelImpact(), message.approach(), Instant.now())
                        .persist();
            }
        }
    }

    /**
     * Records the message to an audience on one channel with its pending deliveries: an e-mail per recipient who has
     * not left the audience, each with that recipient's signed leave link; a webhook call; or a feed entry, delivered by
     * being stored. Nothing when every e-mail recipient has left.
     */
    void send(Audience audience, Channel channel, UUID initiativeId, InitiativeProjection initiative,
            String sourceEventId, String sourceEventType, ComposedMessage message) {
        List<String> recipients = channel == Channel.EMAIL
                ? AudienceOptOut.remaining(initiativeId, audience.name(), audience.addresses())
                : List.of();
        if (channel == Channel.EMAIL && recipients.isEmpty()
                || channel == Channel.WEBHOOK && (audience.url() == null || audience.url().isBlank())) {
            return;
        }
        Communication c = Communication.to(audience, channel, recipients, initiativeId, sourceEventId,
                sourceEventType, message.subject(), message.serviceImplications(), message.personnelImpact(),
                message.approach());
        c.persist();
        switch (channel) {
            case FEED -> events.communicationEnded(c);
            case WEBHOOK -> Delivery.of(c, webhookBodies.communication(c)).persist();
            case EMAIL -> {
                String text = message.asText();
                String about = initiative != null && initiative.title != null ? " of \"" + initiative.title + "\"" : "";
                for (String recipient : recipients) {
                    String link = tokens.link(initiativeId, audience.name(), recipient);
                    Delivery.email(c, recipient, text + "\n--\nYou receive this as a member of the audience \""
                            + audience.name() + "\"" + about + ". To stop these e-mails, leave the audience: " + link
                            + "\n", link).persist();
                }
            }
        }
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
