package org.csi.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event waiting in the transactional outbox: an explicit object, separate from the entity whose change it reports.
 * The relay reads these rows with plain SQL; this mapping exists so that business code writes them through the same
 * persistence context and transaction as the state change.
 */
@Entity
@Table(name = "csi_outbox")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public String subject;

    @Column(name = "kafka_key", nullable = false)
    public String kafkaKey;

    @Column(name = "data_schema", nullable = false)
    public String dataSchema;

    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
