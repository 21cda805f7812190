package org.csi.notification.domain;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An event an audience hears about in its next digest rather than at once. It is composed when it arrives (subject and
 * the three sections, from the event's template), so the digest needs neither the event nor the template again;
 * {@code digestRunId} marks the digest that carried it.
 */
@Entity
@Table(name = "digest_item")
public class DigestItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "initiative_id", nullable = false)
    public UUID initiativeId;

    @Column(nullable = false)
    public String audience;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(name = "source_event_type", nullable = false)
    public String sourceEventType;

    @Column(nullable = false)
    public String subject;

    @Column(name = "service_implications", nullable = false)
    public String serviceImplications;

    @Column(name = "personnel_impact", nullable = false)
    public String personnelImpact;

    @Column(nullable = false)
    public String approach;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "digest_run_id")
    public UUID digestRunId;

    public static DigestItem of(UUID initiativeId, String audience, String sourceEventId, String sourceEventType,
            String subject, String serviceImplications, String personnelImpact, String approach, Instant at) {
        DigestItem item = new DigestItem();
        item.id = UUID.randomUUID();
        item.initiativeId = initiativeId;
        item.audience = audience;
        item.sourceEventId = sourceEventId;
        item.sourceEventType = sourceEventType;
        item.subject = subject;
        item.serviceImplications = serviceImplications;
        item.personnelImpact = personnelImpact;
        item.approach = approach;
        item.createdAt = at;
        return item;
    }
}
