package org.csi.platform.history;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change of an aggregate: who (the caller, and on whose behalf), what, when. Written in the transaction of the
 * change. {@code rootId} is the aggregate whose history shows the entry: an initiative for its objectives and
 * checkpoints, the SIP itself for a SIP. Each service keeps its own {@code csi_history} table (its V*__history.sql).
 */
@Entity
@Table(name = "csi_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "root_id", nullable = false)
    public UUID rootId;

    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public UUID aggregateId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String actor;

    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    @Column(nullable = false)
    public Instant at;

    public String detail;
}
