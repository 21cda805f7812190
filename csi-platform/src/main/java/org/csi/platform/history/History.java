package org.csi.platform.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.platform.identity.Actor;
import org.csi.platform.domain.ResultPage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The per-aggregate history: who changed what, when. Entries commit with the change they describe, or not at all. */
@ApplicationScoped
public class History {

    /** Longest detail kept; a change's detail is a short summary, never a copy of the request. */
    public static final int MAX_DETAIL = 2000;

    private final EntityManager em;

    History(EntityManager em) {
        this.em = em;
    }

    /** Records one change in the current transaction (there must be one: the change's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public HistoryEntry record(UUID rootId, String aggregateType, UUID aggregateId, String action, Actor actor,
            String detail, Instant at) {
        HistoryEntry entry = new HistoryEntry();
        entry.id = UUID.randomUUID();
        entry.rootId = rootId;
        entry.aggregateType = aggregateType;
        entry.aggregateId = aggregateId;
        entry.action = action;
        entry.actor = actor.name();
        entry.onBehalfOf = actor.onBehalfOf();
        entry.at = at;
        entry.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        em.persist(entry);
        return entry;
    }

    /** A page of the root's history, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<HistoryEntry> of(UUID rootId, int page, int size) {
        List<HistoryEntry> items = em.createQuery("select h from HistoryEntry h where h.rootId = :root "
                + "order by h.at, h.id", HistoryEntry.class).setParameter("root", rootId)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(h) from HistoryEntry h where h.rootId = :root", Long.class)
                .setParameter("root", rootId).getSingleResult();
        return ResultPage.of(items, page, size, total);
    }
}
