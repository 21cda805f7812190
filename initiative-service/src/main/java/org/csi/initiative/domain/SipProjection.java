package org.csi.initiative.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The latest known state of a Service Improvement Plan drafted for an objective, projected from csi.sip.* events. */
@Entity
@Table(name = "objective_sip")
@IdClass(SipProjection.Key.class)
public class SipProjection extends PanacheEntityBase {

    @Id
    @Column(name = "objective_id")
    public UUID objectiveId;

    @Id
    @Column(name = "sip_id")
    public UUID sipId;

    public String title;

    /** The SIP status as sip-service names it, e.g. DRAFT, APPROVED, COMPLETED, CANCELLED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public String note;

    public static List<SipProjection> ofObjective(UUID objectiveId) {
        return list("objectiveId", Sort.ascending("changedAt"), objectiveId);
    }

    /** The composite id (a record: its equals and hashCode are the ones an id class needs). */
    public record Key(UUID objectiveId, UUID sipId) implements Serializable {
    }
}
