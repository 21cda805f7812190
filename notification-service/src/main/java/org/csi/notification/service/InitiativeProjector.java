package org.csi.notification.service;

import org.csi.events.payload.InitiativeDetails;
import org.csi.notification.domain.InitiativeProjection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps the local copy of an initiative from {@code csi.initiative.created} and {@code csi.initiative.updated}: the
 * newest facts win, an older version arriving late changes nothing.
 */
@ApplicationScoped
@Transactional
public class InitiativeProjector {

    public void apply(InitiativeDetails details) {
        InitiativeProjection p = InitiativeProjection.findById(details.initiativeId());
        if (p != null) {
            p.apply(details);
            return;
        }
        p = new InitiativeProjection();
        p.apply(details);
        p.persist();
    }
}
