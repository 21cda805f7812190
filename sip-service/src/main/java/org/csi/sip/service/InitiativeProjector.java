package org.csi.sip.service;

import org.csi.events.payload.InitiativeDetails;
import org.csi.platform.messaging.IncomingCloudEvent;
import org.csi.sip.domain.InitiativeProjection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps {@link InitiativeProjection} up to date; an older version than the one held changes nothing. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InitiativeProjector {

    public void apply(IncomingCloudEvent event, InitiativeDetails details) {
        InitiativeProjection projection = InitiativeProjection.<InitiativeProjection>findByIdOptional(
                details.initiativeId()).orElseGet(InitiativeProjection::new);
        if (projection.apply(details)) {
            projection.persist();
        }
    }
}
