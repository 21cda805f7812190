package org.csi.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An integration team's endpoint that receives CSI events as signed CloudEvents. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String url;

    public String description;

    /** The ce_types it wants; empty means every CSI event. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes;

    /** Standard Webhooks secret, {@code whsec_<base64 key>}; shown once, when the subscription is created. */
    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean enabled;

    /** Failed attempts in a row; reset by a success. Reaching the configured limit disables the subscription. */
    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    /** A new, enabled subscription; {@code secret} is checked by the caller. */
    public static WebhookSubscription create(String url, List<String> eventTypes, String secret, String description) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.url = url;
        s.description = description;
        s.eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        s.secret = secret;
        s.enabled = true;
        s.createdAt = Instant.now();
        return s;
    }

    public boolean wants(String eventType) {
        return eventTypes.isEmpty() || eventTypes.contains(eventType);
    }

    /** A call reached the receiver: the failures in a row start over. */
    public void callSucceeded() {
        consecutiveFailures = 0;
    }

    /**
     * A call failed at the receiver.
     *
     * @return true when this failure disabled the subscription ({@code disableAfter} failures in a row)
     */
    public boolean callFailed(int disableAfter, Instant at) {
        if (!enabled) {
            return false;
        }
        consecutiveFailures++;
        if (consecutiveFailures >= disableAfter) {
            enabled = false;
            disabledAt = at;
            return true;
        }
        return false;
    }

    /** On again after the receiver was repaired; its failure count starts over. */
    public void enable() {
        enabled = true;
        consecutiveFailures = 0;
        disabledAt = null;
    }
}
