package org.csi.notification.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceOptOut;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
import org.csi.notification.domain.CommunicationPlan;
import org.csi.notification.domain.Delivery;
import org.csi.notification.domain.DeliveryStatus;
import org.csi.notification.domain.WebhookSubscription;
import org.csi.notification.messaging.NotificationEvents;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
                Communication c = Communication.findById(d.communicationId);
                if (c != null && c.initiativeId != null && AudienceOptOut.hasLeft(c.initiativeId, c.audience, d.target)) {
                    record(d, AttemptResult.refused(DeliveryErrors.LEFT_AUDIENCE), Instant.now());
                } else {
                    attempts.add(DeliveryAttempt.of(d, null));
                }
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
        // locked: the e-mails of one communication (one per recipient) may end at the same moment on two senders, and
        // exactly one of them must see the others ended and publish the communication's outcome
        Communication communication = d.toSubscriber() ? null
                : Communication.findById(d.communicationId, LockModeType.PESSIMISTIC_WRITE);
        if (result.delivered()) {
            d.delivered(result.statusCode(), now);
            if (subscription != null) {
                subscription.callSucceeded();
            }
        } else {
            Instant retryAt = policy.retryAt(d.attempts + 1, result.retryable(), now);
            d.attemptFailed(result.statusCode(), result.error(), now, retryAt);
            if (subscription != null && result.receiverFailure() && subscription.callFailed(policy.disableAfter, now)) {
                LOG.warnf("Webhook subscription %s disabled after %d failures in a row", subscription.id,
                        subscription.consecutiveFailures);
            }
        }
        if (communication != null && !communication.ended()) {
            endWhenAllEnded(communication, d, now);
        }
    }

    /**
     * A communication ends when its last delivery ends: DELIVERED when every one was delivered, FAILED when one failed
     * for good (its error). Until then it stays PENDING with the attempts and last error so far.
     */
    private void endWhenAllEnded(Communication communication, Delivery d, Instant now) {
        List<Delivery> all = new ArrayList<>(Delivery.<Delivery>list("communicationId = ?1 and id <> ?2",
                communication.id, d.id));
        all.add(d);
        int attempts = all.stream().mapToInt(x -> x.attempts).max().orElse(d.attempts);
        boolean pending = all.stream().anyMatch(x -> x.status == DeliveryStatus.PENDING);
        Delivery failed = all.stream().filter(x -> x.status == DeliveryStatus.FAILED).findFirst().orElse(null);
        if (pending) {
            if (d.status != DeliveryStatus.DELIVERED) {
                communication.attemptFailed(attempts, d.lastError, false);
            }
            return;
        }
        if (failed != null) {
            communication.attemptFailed(attempts, failed.lastError, true);
        } else {
            communication.delivered(attempts, now);
        }
        events.communicationEnded(communication);
    }

    /** The signing secret of the plan WEBHOOK audience a communication went to; null when the plan no longer has it. */
    private static String audienceSecret(Communication c) {
        return CommunicationPlan.<CommunicationPlan>findByIdOptional(c.initiativeId)
                .flatMap(p -> p.audiences.stream().filter(a -> a.name().equals(c.audience)).findFirst())
                .map(Audience::secret).orElse(null);
    }
}
