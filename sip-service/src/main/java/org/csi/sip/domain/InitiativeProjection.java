package org.csi.sip.domain;

import org.csi.events.payload.InitiativeDetails;
import org.csi.platform.projection.InitiativeProjectionBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * What sip-service knows of an initiative, projected from csi.initiative.created/updated (the shared shape of
 * {@link InitiativeProjectionBase}), so a SIP drafted from a gap (whose event names only the initiative id) gets the
 * initiative's title, owner, focus areas and cycle. Only sip-service keeps the cycle.
 */
@Entity
@Table(name = "initiative_projection")
public class InitiativeProjection extends InitiativeProjectionBase {

    @Column(nullable = false)
    public int cycle;

    @Override
    protected void applyOwnFields(InitiativeDetails details) {
        cycle = details.cycle();
    }
}
