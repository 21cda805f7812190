package org.csi.notification.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.csi.notification.domain.Audience;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
import org.csi.notification.domain.CommunicationPlan;
import org.csi.notification.domain.Delivery;
import org.csi.notification.domain.WebhookSubscription;
import org.csi.notification.messaging.NotificationEvents;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The database side of sending: {@link #claim} takes due deliveries (with what their send needs) in one transaction,
 * {@link DeliveryWorker} sends them outside any transaction, and {@link #record} writes what an attempt gave, with the
 * communication's outcome event, in one transaction. A claim leases its rows: a delivery whose sender died mid-send is
 * due again when the lease runs out, so it is sent again rather than lost.
 */
@ApplicationScoped
@Transactional
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class);
    /** A claimed delivery whose worker died is due again after this lease. */
    private static final String LEASE = "interval '2 minutes'";

    private final EntityManager em;
    private final DeliveryPolicy policy;
    private final NotificationEvents events;

    DeliveryService(EntityManager em, DeliveryPolicy policy, NotificationEvents events) {
        this.em = em;
        this.policy = policy;
        this.events = events;
    }

    /**
     * Claims up to {@code limit} due deliveries; rows another instance holds are skipped, not waited for. A delivery to
     * a subscription that was disabled meanwhile fails here for good, without a send.
     */
    @SuppressWarnings("unchecked")
    public List<DeliveryAttempt> claim(int limit) {
        List<UUID> ids = em.createNativeQuery("SELECT id FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= "
                + "now() ORDER BY next_attempt_at LIMIT ?1 FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter(1, limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("UPDATE delivery SET next_attempt_at = now() + " + LEASE + " WHERE id IN (:ids)")
                .setParameter("ids", ids).executeUpdate();
        List<DeliveryAttempt> attempts = new ArrayList<>(ids.size());
        for (Delivery d : Delivery.<Delivery>list("id in ?1", ids)) {
            if (d.channel == Channel.EMAIL) {
                attempts.add(DeliveryAttempt.of(d, null));
            } else if (!d.toSubscriber()) {
                attempts.add(DeliveryAttempt.of(d, audienceSecret(Communication.findById(d.communicationId))));
            } else {
                WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
                if (s != null && s.enabled) {
                    attempts.add(DeliveryAttempt.of(d, s.secret));
                } else {
                    record(d, AttemptResult.refused(DeliveryErrors.SUBSCRIPTION_DISABLED), Instant.now());
                }
            }
        }
        return attempts;
    }

    /** What one attempt gave; nothing when the delivery is gone (its subscription was deleted meanwhile). */
    public void record(UUID deliveryId, AttemptResult result) {
        Delivery d = Delivery.findById(deliveryId);
        if (d != null) {
            record(d, result, Instant.now());
        }
    }

    private void record(Delivery d, AttemptResult result, Instant now) {
        WebhookSubscription subscription = d.toSubscriber() ? WebhookSubscription.findById(d.subscriptionId) : null;
        Communication communication = d.toSubscriber() ? null : Communication.findById(d.communicationId);
        if (result.delivered()) {
            d.delivered(result.statusCode(), now);
            if (subscription != null) {
                subscription.callSucceeded();
            }
            if (communication != null) {
                communication.delivered(d.attempts, d.deliveredAt);
                events.communicationEnded(communication);
            }
            return;
        }
        Instant retryAt = policy.retryAt(d.attempts + 1, result.retryable(), now);
        d.attemptFailed(result.statusCode(), result.error(), now, retryAt);
        if (subscription != null && result.receiverFailure() && subscription.callFailed(policy.disableAfter, now)) {
            LOG.warnf("Webhook subscription %s disabled after %d failures in a row", subscription.id,
                    subscription.consecutiveFailures);
        }
        if (communication != null) {
            communication.attemptFailed(d.attempts, d.lastError, retryAt == null);
            if (communication.ended()) {
                events.communicationEnded(communication);
            }
        }
    }

    /** The signing secret of the plan WEBHOOK audience a communication went to; null when the plan no longer has it. */
    private static String audienceSecret(Communication c) {
        return CommunicationPlan.<CommunicationPlan>findByIdOptional(c.initiativeId)
                .flatMap(p -> p.audiences.stream().filter(a -> a.name().equals(c.audience)).findFirst())
                .map(Audience::secret).orElse(null);
    }
}
