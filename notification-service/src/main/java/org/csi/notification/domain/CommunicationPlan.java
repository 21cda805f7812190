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
import jakarta.persistence.Version;

/** Who hears about which events of one initiative, and how. */
@Entity
@Table(name = "communication_plan")
public class CommunicationPlan extends PanacheEntityBase {

    @Id
    @Column(name = "initiative_id")
    public UUID initiativeId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Audience> audiences;

    /** The digest cadence of audiences that name none; null: {@code csi.digest.default-cadence}. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "digest_cadence")
    public DigestCadence digestCadence;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
