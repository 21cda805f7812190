package org.csi.notification.service;

import java.util.UUID;

import org.csi.notification.domain.Delivery;
import org.csi.notification.domain.WebhookSubscription;
import org.csi.notification.messaging.WebhookBodies;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.domain.ResultPage;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Webhook subscriptions of integration teams, the events forwarded to them, and their delivery log. */
@ApplicationScoped
@Transactional
public class SubscriptionService {

    private final WebhookUrlPolicy urlPolicy;
    private final WebhookBodies webhookBodies;

    SubscriptionService(WebhookUrlPolicy urlPolicy, WebhookBodies webhookBodies) {
        this.urlPolicy = urlPolicy;
        this.webhookBodies = webhookBodies;
    }

    /** A new subscription; its secret is generated when the command has none (the caller shows it once). */
    public WebhookSubscription subscribe(SubscribeWebhook command) {
        urlPolicy.violation(command.url()).ifPresent(v -> {
            throw new InvalidException("url", v);
        });
        EventTypes.check(command.eventTypes(), "eventTypes");
        String secret = command.secret();
        if (secret != null && !WebhookSignature.isValidSecret(secret)) {
            throw new InvalidException("secret", "must be whsec_ followed by a base64 key of at least 16 bytes");
        }
        WebhookSubscription s = WebhookSubscription.create(command.url(), command.eventTypes(),
                secret != null ? secret : WebhookSignature.newSecret(), command.description());
        s.persist();
        return s;
    }

    /** One delivery of the CloudEvent to each enabled subscription that wants its type. */
    public void forward(ReceivedEvent event) {
        String type = event.type().type();
        String cloudEvent = null;
        for (WebhookSubscription s : WebhookSubscription.<WebhookSubscription>list("enabled", true)) {
            if (s.wants(type)) {
                cloudEvent = cloudEvent != null ? cloudEvent : webhookBodies.cloudEvent(event.cloudEvent());
                Delivery.toSubscriber(s, event.id(), type, cloudEvent).persist();
            }
        }
    }

    public WebhookSubscription get(UUID id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Subscription", id));
    }

    public ResultPage<WebhookSubscription> list(int page, int size) {
        var query = WebhookSubscription.<WebhookSubscription>findAll(Sort.descending("createdAt").and("id"));
        return ResultPage.of(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    /** Enables a subscription again (e.g. after the receiver was repaired); its failure count starts over. */
    public WebhookSubscription enable(UUID id) {
        WebhookSubscription s = get(id);
        s.enable();
        return s;
    }

    public void delete(UUID id) {
        get(id).delete();
    }

    public ResultPage<Delivery> deliveries(UUID id, int page, int size) {
        get(id);
        var query = Delivery.<Delivery>find("subscriptionId", Sort.descending("createdAt").and("id"), id);
        return ResultPage.of(query.page(Page.of(page, size)).list(), page, size, query.count());
    }
}
