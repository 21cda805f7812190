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
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Local copy of what a gap needs from an initiative (csi.initiative.created/updated): focus areas and scope. */
@Entity
@Table(name = "initiative_projection")
public class InitiativeProjection extends PanacheEntityBase {

    @Id
    @Column(name = "initiative_id")
    public UUID initiativeId;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "focus_areas", nullable = false)
    public List<String> focusAreas = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> services = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> processes = new ArrayList<>();

    public String status;

    /** The initiative's version; an older update arriving late is ignored. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The first focus area, the one a SIP drafted from a gap is filed under. */
    public String primaryFocusArea() {
        return focusAreas.isEmpty() ? null : focusAreas.get(0);
    }
}
