package org.csi.notification.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The facts of an initiative as last published by initiative-service (never read from its database). */
@Entity
@Table(name = "initiative_projection")
public class InitiativeProjection extends PanacheEntityBase {

    @Id
    @Column(name = "initiative_id")
    public UUID initiativeId;

    @Column(nullable = false)
    public String title;

    public String owner;

    /** The InitiativeDetails payload as JSON, handed to templates as {@code initiative}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> details;

    /** initiative-service's version: an older update arriving late does not overwrite a newer one. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
