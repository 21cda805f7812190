package org.csi.assessment.service;

import org.csi.assessment.domain.InitiativeProjection;
import org.csi.events.payload.InitiativeDetails;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps {@link InitiativeProjection}, the local copy of initiative-service's initiatives (csi.initiative.created and
 * csi.initiative.updated): the focus areas and scope that gap events and the maturity part of the gap analysis need.
 */
@ApplicationScoped
@Transactional
public class InitiativeProjector {

    /** created and updated carry the full state; an update older than what is stored is ignored. */
    public void initiativeChanged(InitiativeDetails event) {
        InitiativeProjection initiative = InitiativeProjection.<InitiativeProjection>findByIdOptional(event.initiativeId())
                .orElseGet(InitiativeProjection::new);
        if (initiative.apply(event)) {
            initiative.persist();
        }
    }
}
