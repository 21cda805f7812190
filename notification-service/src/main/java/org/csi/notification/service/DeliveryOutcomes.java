package org.csi.notification.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.notification.domain.Communication;
import org.csi.notification.domain.CommunicationPlan;
import org.csi.notification.domain.CommunicationStatus;
import org.csi.notification.domain.Delivery;
import org.csi.notification.domain.DeliveryStatus;
import org.csi.notification.domain.WebhookSubscription;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The database side of the delivery worker: claiming due deliveries and recording what an attempt gave. */
@ApplicationScoped
public class DeliveryOutcomes {

    private static final Logger LOG = Logger.getLogger(DeliveryOutcomes.class);
    /** A claimed delivery whose worker died is due again after this lease. */
    private static final String LEASE = "interval '2 minutes'";

    private final EntityManager em;
    private final DeliveryPolicy policy;
    private final CommunicationService communications;

    DeliveryOutcomes(EntityManager em, DeliveryPolicy policy, CommunicationService communications) {
        this.em = em;
        this.policy = policy;
        this.communications = communications;
    }

    /** Claims up to {@code limit} due deliveries; rows another instance holds are skipped, not waited for. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> claim(int limit) {
        List<UUID> ids = em.createNativeQuery("SELECT id FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= "
                + "now() ORDER BY next_attempt_at LIMIT ?1 FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter(1, limit).getResultList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE delivery SET next_attempt_at = now() + " + LEASE + " WHERE id IN (:ids)")
                    .setParameter("ids", ids).executeUpdate();
        }
        return ids;
    }

    @Transactional
    public Delivery load(UUID id) {
        Delivery d = Delivery.findById(id);
        if (d != null) {
            em.detach(d);
        }
        return d;
    }

    /** The webhook secret: the subscription's, or the plan audience's for a communication. */
    @Transactional
    public String secretFor(Delivery d) {
        if (d.subscriptionId != null) {
            WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
            return s == null ? null : s.secret;
        }
        Communication c = Communication.findById(d.communicationId);
        return CommunicationPlan.<CommunicationPlan>findByIdOptional(
                c.initiativeId).flatMap(p -> p.audiences.stream().filter(a -> a.name().equals(c.audience)).findFirst())
                .map(a -> a.secret()).orElse(null);
    }

    @Transactional
    public boolean subscriptionEnabled(Delivery d) {
        if (d.subscriptionId == null) {
            return true;
        }
        WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
        return s != null && s.enabled;
    }

    @Transactional
    public void succeeded(UUID id, Integer statusCode) {
        Delivery d = Delivery.findById(id);
        if (d == null) {
            return; // its subscription was deleted meanwhile
        }
        d.attempts++;
        d.status = DeliveryStatus.DELIVERED;
        d.lastStatusCode = statusCode;
        d.lastError = null;
        d.lastAttemptAt = Instant.now();
        d.deliveredAt = d.lastAttemptAt;
        if (d.subscriptionId != null) {
            WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
            if (s != null) {
                s.consecutiveFailures = 0;
            }
        }
        if (d.communicationId != null) {
            Communication c = Communication.findById(d.communicationId);
            c.attempts = d.attempts;
            c.status = CommunicationStatus.DELIVERED;
            c.deliveredAt = d.deliveredAt;
            c.lastError = null;
            communications.emitOutcome(c);
        }
    }

    /**
     * @param retryable       false for answers a retry cannot change (e.g. 400, 404, or the subscription is disabled)
     * @param receiverFailure the receiver failed (counts towards disabling its subscription)
     */
    @Transactional
    public void failed(UUID id, Integer statusCode, String error, boolean retryable, boolean receiverFailure) {
        Delivery d = Delivery.findById(id);
        if (d == null) {
            return; // its subscription was deleted meanwhile
        }
        d.attempts++;
        d.lastStatusCode = statusCode;
        d.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        d.lastAttemptAt = Instant.now();
        boolean last = !retryable || d.attempts >= policy.maxAttempts;
        if (last) {
            d.status = DeliveryStatus.FAILED;
        } else {
            d.nextAttemptAt = d.lastAttemptAt.plus(policy.backoffAfter(d.attempts));
        }
        if (d.subscriptionId != null && receiverFailure) {
            WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
            if (s != null && s.enabled) {
                s.consecutiveFailures++;
                if (s.consecutiveFailures >= policy.disableAfter) {
                    s.enabled = false;
                    s.disabledAt = Instant.now();
                    LOG.warnf("Webhook subscription %s disabled after %d failures in a row", s.id,
                            s.consecutiveFailures);
                }
            }
        }
        if (d.communicationId != null) {
            Communication c = Communication.findById(d.communicationId);
            c.attempts = d.attempts;
            c.lastError = d.lastError;
            if (last) {
                c.status = CommunicationStatus.FAILED;
                communications.emitOutcome(c);
            }
        }
    }
}
