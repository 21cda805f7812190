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
 * One digest sent: the period of one audience it covered. Inserted (natively, ON CONFLICT DO NOTHING) in the
 * transaction that sends the digest, so its unique (initiative, audience, period start) is the claim across instances.
 */
@Entity
@Table(name = "digest_run")
public class DigestRunRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "initiative_id", nullable = false)
    public UUID initiativeId;

    @Column(nullable = false)
    public String audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DigestCadence cadence;

    @Column(name = "period_start", nullable = false)
    public Instant periodStart;

    @Column(name = "period_end", nullable = false)
    public Instant periodEnd;

    @Column(nullable = false)
    public int items;

    @Column(name = "claimed_by", nullable = false)
    public String claimedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
