package org.csi.sip.domain;

import java.time.Instant;
import java.util.UUID;

import org.csi.platform.identity.Actor;

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

/** Who moved a SIP from which status to which, when, and why. */
@Entity
@Table(name = "sip_transition")
public class SipTransition extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sip_id")
    public Sip sip;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public SipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public SipStatus toStatus;

    @Column(name = "by_whom", nullable = false)
    public String byWhom;

    /** Set when a csi-admin made the move on behalf of someone: that person; byWhom is then the admin. */
    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    @Column(nullable = false)
    public Instant at;

    public String note;

    public Actor actor() {
        return new Actor(byWhom, onBehalfOf);
    }
}
