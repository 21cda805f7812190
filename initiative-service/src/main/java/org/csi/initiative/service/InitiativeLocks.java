package org.csi.initiative.service;

import java.util.UUID;

import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.InitiativeStatus;
import org.csi.platform.domain.ConflictException;
import org.csi.platform.domain.NotFoundException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises the writes of one initiative: objectives, reviews, cycles and closing all lock the initiative row first,
 * so a review never sees half a cycle change and a closed initiative gets no new objective. The scheduler claims with
 * SKIP LOCKED on the same row, so it never waits for (or deadlocks with) a request.
 */
@ApplicationScoped
public class InitiativeLocks {

    private final EntityManager em;

    InitiativeLocks(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Initiative lock(UUID id) {
        boolean exists = !em.createNativeQuery("SELECT id FROM initiative WHERE id = ?1 FOR NO KEY UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        if (!exists) {
            throw new NotFoundException("Initiative", id);
        }
        Initiative initiative = em.find(Initiative.class, id);
        em.refresh(initiative); // it may have been read before the lock was granted
        return initiative;
    }

    /** Locks an initiative that must still be ACTIVE; a CLOSED one is a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Initiative lockActive(UUID id, String action) {
        Initiative initiative = lock(id);
        if (initiative.status != InitiativeStatus.ACTIVE) {
            throw new ConflictException("Initiative " + id + " is " + initiative.status + "; cannot " + action);
        }
        return initiative;
    }
}
