package org.csi.sip.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One step of a SIP: what is to be done, by whom, by when. */
@Entity
@Table(name = "sip_action")
public class SipAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sip_id")
    public Sip sip;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    /** Why it was dropped, or what was done. */
    public String note;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isOverdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}
