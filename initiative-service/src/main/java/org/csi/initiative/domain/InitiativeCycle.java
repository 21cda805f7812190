package org.csi.initiative.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One improvement cycle of an initiative with the vision it pursued; ended cycles stay readable. */
@Entity
@Table(name = "initiative_cycle")
@IdClass(InitiativeCycle.Key.class)
public class InitiativeCycle extends PanacheEntityBase {

    @Id
    @Column(name = "initiative_id")
    public UUID initiativeId;

    @Id
    public int cycle;

    @Column(nullable = false)
    public String vision;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    public static InitiativeCycle of(UUID initiativeId, int cycle) {
        return find("initiativeId = ?1 and cycle = ?2", initiativeId, cycle).firstResult();
    }

    /** The composite id (a record: its equals and hashCode are the ones an id class needs). */
    public record Key(UUID initiativeId, int cycle) implements Serializable {
    }
}
