package org.csi.platform.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.csi.events.payload.InitiativeDetails;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The one shape of a service's copy of an initiative, kept from initiative-service's {@code csi.initiative.created}
 * and {@code csi.initiative.updated} (each carries the full {@link InitiativeDetails}). A service's
 * {@code InitiativeProjection} entity extends it with the columns only that service needs, in table
 * {@code initiative_projection}.
 * <p>
 * Events of one initiative arrive in order on one partition, but a redelivered or replayed older state must not
 * overwrite a newer one: {@link #apply} keeps the highest version.
 */
@MappedSuperclass
public abstract class InitiativeProjectionBase extends PanacheEntityBase {

    @Id
    @Column(name = "initiative_id")
    public UUID initiativeId;

    @Column(nullable = false)
    public String title;

    public String owner;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "focus_areas", nullable = false)
    public List<String> focusAreas = new ArrayList<>();

    /** initiative-service's version of the initiative this copy holds. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Takes the initiative's state unless this copy already holds a newer version.
     *
     * @return true when the state was taken (the caller persists it), false when it was older and ignored
     */
    public final boolean apply(InitiativeDetails details) {
        if (initiativeId != null && version > details.version()) {
            return false;
        }
        initiativeId = details.initiativeId();
        title = details.title();
        owner = details.owner();
        focusAreas = details.focusAreas() == null ? new ArrayList<>() : new ArrayList<>(details.focusAreas());
        version = details.version();
        updatedAt = Instant.now();
        applyOwnFields(details);
        return true;
    }

    /** Copies the fields only this service keeps; called by {@link #apply} after the shared ones. */
    protected abstract void applyOwnFields(InitiativeDetails details);

    /** The first focus area, the one a SIP or communication is filed under; null when there is none. */
    public String primaryFocusArea() {
        return focusAreas.isEmpty() ? null : focusAreas.get(0);
    }
}
