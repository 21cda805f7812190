package org.csi.sip.service;

import java.time.Instant;
import java.util.ArrayList;

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
        InitiativeProjection projection = InitiativeProjection.findById(details.initiativeId());
        if (projection == null) {
            projection = new InitiativeProjection();
            projection.id = details.initiativeId();
        } else if (projection.sourceVersion > details.version()) {
            return;
        }
        projection.title = details.title();
        projection.owner = details.owner();
        projection.focusAreas = details.focusAreas() == null ? new ArrayList<>() : new ArrayList<>(details.focusAreas());
        projection.cycle = details.cycle();
        projection.sourceVersion = details.version();
        projection.updatedAt = Instant.now();
        projection.persist();
    }
}
