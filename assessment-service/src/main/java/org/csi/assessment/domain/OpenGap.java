package org.csi.assessment.domain;

import java.math.BigDecimal;
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
 * A gap that was announced with csi.gap.identified and has not closed yet. While it is open no second event is sent for
 * the same service, kind and subject; once it closes, a reopening is announced again.
 */
@Entity
@Table(name = "open_gap")
public class OpenGap extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String service;

    @Enumerated(EnumType.STRING)
    @Column(name = "gap_kind", nullable = false)
    public GapKind gapKind;

    /** The SERVQUAL dimension, the process, or the objective id the gap is about. */
    @Column(nullable = false)
    public String subject;

    @Column(name = "initiative_id")
    public UUID initiativeId;

    @Column(name = "current_value", nullable = false, precision = 30, scale = 10)
    public BigDecimal currentValue;

    @Column(name = "target_value", nullable = false, precision = 30, scale = 10)
    public BigDecimal targetValue;

    @Column(name = "gap_size", nullable = false, precision = 30, scale = 10)
    public BigDecimal gapSize;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}
