package org.csi.sip.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One trigger a SIP answers: the missed target or gap it was drafted from, or a later miss of the same objective while
 * the SIP was open. Unique per trigger (objective + checkpoint, or gap), so a trigger has exactly one effect.
 */
@Entity
@Table(name = "sip_occurrence")
public class SipOccurrence extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sip_id")
    public Sip sip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin kind;

    @Column(name = "origin_event_id", nullable = false)
    public UUID originEventId;

    @Column(name = "objective_id")
    public UUID objectiveId;

    @Column(name = "checkpoint_id")
    public UUID checkpointId;

    @Column(name = "gap_id")
    public UUID gapId;

    @Column(name = "actual_value")
    public BigDecimal actualValue;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "gap_size")
    public BigDecimal gapSize;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** For a REGRESSION occurrence: which regression of the objective's watch (1, 2, ...); null otherwise. */
    public Integer regression;
}
