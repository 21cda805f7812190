package org.csi.sip.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What sip-service knows of an initiative, projected from csi.initiative.created/updated, so a SIP drafted from a gap
 * (whose event names only the initiative id) gets the initiative's title, owner, focus areas and cycle.
 */
@Entity
@Table(name = "initiative_projection")
public class InitiativeProjection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    public String owner;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "focus_areas", nullable = false)
    public List<String> focusAreas = new ArrayList<>();

    @Column(nullable = false)
    public int cycle;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
