package org.csi.sip.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.platform.itsm.ItsmLink;
import org.csi.platform.itsm.ItsmType;
import org.hibernate.annotations.BatchSize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.OrderColumn;
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

    /** Records in ITSM tools the action refers to; a change raised for it is linked back here (type CHANGE). */
    @ElementCollection
    @CollectionTable(name = "sip_action_reference", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    public List<ItsmLink> references = new ArrayList<>();

    /** The latest change requested for the action (csi.change.requested), null before the first. */
    @Column(name = "change_request_id")
    public UUID changeRequestId;

    @Column(name = "change_requested_at")
    public Instant changeRequestedAt;

    @Column(name = "change_requested_by")
    public String changeRequestedBy;

    @Column(name = "change_requested_on_behalf_of")
    public String changeRequestedOnBehalfOf;

    @Column(name = "change_request_note")
    public String changeRequestNote;

    /** The CHANGE reference an ITSM tool added after the latest request: the change raised for it, if any yet. */
    public Optional<ItsmLink> requestedChange() {
        if (changeRequestedAt == null) {
            return Optional.empty();
        }
        return references.stream().filter(r -> r.type == ItsmType.CHANGE && !r.addedAt.isBefore(changeRequestedAt))
                .findFirst();
    }

    /** A change was requested and no ITSM tool has linked it back yet. */
    public boolean changePending() {
        return changeRequestedAt != null && requestedChange().isEmpty();
    }

    public boolean isOverdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}
