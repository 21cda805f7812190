package org.csi.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The consumer's message log: which CloudEvent ids it has already applied. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the event as processed, in the caller's transaction. Returns false when it was processed before; a
     * concurrent transaction recording the same id waits on the primary key and then returns false too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String consumer, String eventId, String eventType) {
        return em.createNativeQuery("INSERT INTO csi_processed_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, eventType)
                .executeUpdate() == 1;
    }
}
