package org.csi.assessment.domain;

import java.util.ArrayList;
import java.util.List;

import org.csi.events.payload.InitiativeDetails;
import org.csi.platform.projection.InitiativeProjectionBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Local copy of what a gap needs from an initiative (csi.initiative.created/updated): besides the shared shape
 * (title, owner, focus areas, version), the services and processes in scope and the status.
 */
@Entity
@Table(name = "initiative_projection")
public class InitiativeProjection extends InitiativeProjectionBase {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> services = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> processes = new ArrayList<>();

    /** A CLOSED initiative no longer takes gaps. */
    public String status;

    @Override
    protected void applyOwnFields(InitiativeDetails details) {
        services = details.services() == null ? new ArrayList<>() : new ArrayList<>(details.services());
        processes = details.processes() == null ? new ArrayList<>() : new ArrayList<>(details.processes());
        status = details.status();
    }
}
