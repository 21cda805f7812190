package org.csi.notification.domain;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One outgoing e-mail or webhook call. It is a row before it is a network call, so a restart loses nothing; the
 * delivery worker sends it and retries with backoff. There are two kinds, each built by its own factory:
 * <ul>
 * <li>{@link #of(Communication, String)}: the e-mail or webhook call of a communication to a plan audience
 * ({@code communicationId} set); its outcome is the communication's.</li>
 * <li>{@link #toSubscriber(WebhookSubscription, String, String, String)}: a CloudEvent for a webhook subscription
 * ({@code subscriptionId} set); it is no communication and publishes no event.</li>
 * </ul>
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    private static final int MAX_ERROR = 2000;

    @Id
    public UUID id;

    @Column(name = "communication_id")
    public UUID communicationId;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    /** Comma-separated e-mail addresses, or the webhook URL. */
    @Column(nullable = false)
    public String target;

    public String subject;

    /** The e-mail text, or the JSON body of the webhook call. */
    @Column(nullable = false)
    public String body;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** An e-mail's signed link for leaving the audience (List-Unsubscribe); null for webhooks. */
    @Column(name = "unsubscribe_url")
    public String unsubscribeUrl;

    /** The e-mail ({@code body} its text) or plan webhook call ({@code body} the JSON) of a pending communication. */
    public static Delivery of(Communication communication, String body) {
        if (communication.channel == Channel.FEED) {
            throw new IllegalArgumentException("a FEED communication is delivered by being stored");
        }
        Delivery d = pending(communication.channel, communication.recipients, body, communication.sourceEventId,
                communication.sourceEventType, communication.createdAt);
        d.communicationId = communication.id;
        d.subject = communication.subject;
        return d;
    }

    /**
     * The e-mail of a pending communication to ONE of its recipients: each recipient gets a message of their own,
     * since each carries that recipient's own signed link for leaving the audience.
     */
    public static Delivery email(Communication communication, String recipient, String body, String unsubscribeUrl) {
        if (communication.channel != Channel.EMAIL) {
            throw new IllegalArgumentException("an e-mail delivery needs an EMAIL communication");
        }
        Delivery d = pending(Channel.EMAIL, recipient, body, communication.sourceEventId,
                communication.sourceEventType, communication.createdAt);
        d.communicationId = communication.id;
        d.subject = communication.subject;
        d.unsubscribeUrl = unsubscribeUrl;
        return d;
    }

    /** One event for a webhook subscription: {@code cloudEvent} is the structured-mode CloudEvent to POST. */
    public static Delivery toSubscriber(WebhookSubscription subscription, String eventId, String eventType,
            String cloudEvent) {
        Delivery d = pending(Channel.WEBHOOK, subscription.url, cloudEvent, eventId, eventType, Instant.now());
        d.subscriptionId = subscription.id;
        return d;
    }

    private static Delivery pending(Channel channel, String target, String body, String eventId, String eventType,
            Instant at) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.channel = channel;
        d.target = target;
        d.body = body;
        d.eventId = eventId;
        d.eventType = eventType;
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = at;
        d.createdAt = at;
        return d;
    }

    /** A delivery to a webhook subscription (else: of a communication). */
    public boolean toSubscriber() {
        return subscriptionId != null;
    }

    /** The attempt reached the recipients. */
    public void delivered(Integer statusCode, Instant at) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        lastAttemptAt = at;
        deliveredAt = at;
    }

    /**
     * The attempt failed.
     *
     * @param retryAt when to try again; null when this failure is final (the delivery is FAILED)
     */
    public void attemptFailed(Integer statusCode, String error, Instant at, Instant retryAt) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        lastAttemptAt = at;
        if (retryAt == null) {
            status = DeliveryStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }
}
