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
 * A message to one audience about one CSI event. It always states the three things the CSI communication strategy
 * asks for: the service implications, the impact on personnel, and the approach.
 */
@Entity
@Table(name = "communication")
public class Communication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "initiative_id")
    public UUID initiativeId;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(name = "source_event_type", nullable = false)
    public String sourceEventType;

    @Column(nullable = false)
    public String audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false)
    public AudienceKind audienceKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    /** E-mail addresses or webhook URL it went to; null for the feed. */
    public String recipients;

    @Column(nullable = false)
    public String subject;

    @Column(name = "service_implications", nullable = false)
    public String serviceImplications;

    @Column(name = "personnel_impact", nullable = false)
    public String personnelImpact;

    @Column(nullable = false)
    public String approach;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommunicationStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /**
     * The message to one audience about one event. A FEED message is delivered by being stored; any other waits for its
     * delivery ({@link Delivery#of(Communication, String)}) to reach the recipients.
     */
    public static Communication to(Audience audience, UUID initiativeId, String sourceEventId, String sourceEventType,
            String subject, String serviceImplications, String personnelImpact, String approach) {
        return to(audience, audience.channel(), audience.addresses(), initiativeId, sourceEventId, sourceEventType,
                subject, serviceImplications, personnelImpact, approach);
    }

    /**
     * The message to one audience on one of its channels; {@code addresses}: the EMAIL recipients (those who have not
     * left the audience).
     */
    public static Communication to(Audience audience, Channel channel, java.util.List<String> addresses,
            UUID initiativeId, String sourceEventId, String sourceEventType, String subject,
            String serviceImplications, String personnelImpact, String approach) {
        Communication c = new Communication();
        c.id = UUID.randomUUID();
        c.initiativeId = initiativeId;
        c.sourceEventId = sourceEventId;
        c.sourceEventType = sourceEventType;
        c.audience = audience.name();
        c.audienceKind = audience.kind();
        c.channel = channel;
        c.subject = subject;
        c.serviceImplications = serviceImplications;
        c.personnelImpact = personnelImpact;
        c.approach = approach;
        c.createdAt = Instant.now();
        switch (channel) {
            case FEED -> {
                c.status = CommunicationStatus.DELIVERED;
                c.attempts = 1;
                c.deliveredAt = c.createdAt;
            }
            case EMAIL -> {
                c.status = CommunicationStatus.PENDING;
                c.recipients = String.join(",", addresses);
            }
            case WEBHOOK -> {
                c.status = CommunicationStatus.PENDING;
                c.recipients = audience.url();
            }
        }
        return c;
    }

    /** Its delivery reached the recipients. */
    public void delivered(int attempts, Instant at) {
        this.attempts = attempts;
        status = CommunicationStatus.DELIVERED;
        deliveredAt = at;
        lastError = null;
    }

    /** An attempt of its delivery failed; {@code last}: no attempt follows, the communication FAILED. */
    public void attemptFailed(int attempts, String error, boolean last) {
        this.attempts = attempts;
        lastError = error;
        if (last) {
            status = CommunicationStatus.FAILED;
        }
    }

    /** DELIVERED or FAILED: the outcome is known and published. */
    public boolean ended() {
        return status != CommunicationStatus.PENDING;
    }
}
