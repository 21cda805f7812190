package org.csi.notification.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.notification.domain.Delivery;
import org.csi.notification.domain.WebhookSubscription;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.domain.ResultPage;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Webhook subscriptions of integration teams and their delivery log. */
@ApplicationScoped
public class SubscriptionService {

    private final WebhookUrlPolicy urlPolicy;

    SubscriptionService(WebhookUrlPolicy urlPolicy) {
        this.urlPolicy = urlPolicy;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public WebhookSubscription create(String url, List<String> eventTypes, String secret, String description) {
        urlPolicy.violation(url).ifPresent(v -> {
            throw new InvalidException("url", v);
        });
        EventTypes.check(eventTypes, "eventTypes");
        if (secret != null && !WebhookSignature.isValidSecret(secret)) {
            throw new InvalidException("secret", "must be whsec_ followed by a base64 key of at least 16 bytes");
        }
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.url = url;
        s.description = description;
        s.eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        s.secret = secret != null ? secret : WebhookSignature.newSecret();
        s.enabled = true;
        s.createdAt = Instant.now();
        s.persist();
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscription get(UUID id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Subscription", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<WebhookSubscription> list(int page, int size) {
        var query = WebhookSubscription.<WebhookSubscription>findAll(Sort.descending("createdAt").and("id"));
        return ResultPage.of(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    /** Enables a subscription again (e.g. after the receiver was repaired); its failure count starts over. */
    @Transactional
    public WebhookSubscription enable(UUID id) {
        WebhookSubscription s = get(id);
        s.enabled = true;
        s.consecutiveFailures = 0;
        s.disabledAt = null;
        return s;
    }

    @Transactional
    public void delete(UUID id) {
        get(id).delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Delivery> deliveries(UUID id, int page, int size) {
        get(id);
        var query = Delivery.<Delivery>find("subscriptionId", Sort.descending("createdAt").and("id"), id);
        return ResultPage.of(query.page(Page.of(page, size)).list(), page, size, query.count());
    }
}
