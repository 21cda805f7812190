package org.csi.assessment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The levels a service committed to, one set per service and kind: its SPECIFICATION (what design committed to,
 * feeding gaps 2 and 3) or its PROMISE (what customers were told, feeding gap 4). Replaced as a whole.
 */
@Entity
@Table(name = "service_commitment")
public class ServiceCommitment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitmentKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ServiceLevel> levels = new ArrayList<>();

    @Version
    public long version;

    /** The caller who last set the levels (the token's actor claim). */
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_on_behalf_of")
    public String updatedOnBehalfOf;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
