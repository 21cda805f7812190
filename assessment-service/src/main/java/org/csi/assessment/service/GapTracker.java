package org.csi.assessment.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.csi.assessment.domain.GapKind;
import org.csi.assessment.domain.GapObservation;
import org.csi.assessment.domain.InitiativeProjection;
import org.csi.assessment.domain.OpenGap;
import org.csi.assessment.messaging.AssessmentEvents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Announces gaps: the first observation of a gap beyond its tolerance emits csi.gap.identified and records it as open;
 * later observations of the same open gap only update its numbers; an observation within tolerance closes it, so a
 * reopening is announced again.
 */
@ApplicationScoped
public class GapTracker {

    private final AssessmentEvents events;
    private final EntityManager em;

    GapTracker(AssessmentEvents events, EntityManager em) {
        this.events = events;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void observe(GapObservation o) {
        Optional<OpenGap> open = OpenGap.<OpenGap>find("service = ?1 and gapKind = ?2 and subject = ?3 and closedAt is null",
                o.service(), o.kind(), o.subject()).firstResultOptional();
        if (!o.beyondTolerance()) {
            open.ifPresent(gap -> gap.closedAt = Instant.now());
            return;
        }
        if (open.isPresent()) {
            OpenGap gap = open.get();
            gap.currentValue = o.current();
            gap.targetValue = o.target();
            gap.gapSize = o.gapSize();
            return;
        }
        OpenGap gap = new OpenGap();
        gap.id = UUID.randomUUID();
        gap.service = o.service();
        gap.gapKind = o.kind();
        gap.subject = o.subject();
        gap.initiativeId = o.initiativeId();
        gap.currentValue = o.current();
        gap.targetValue = o.target();
        gap.gapSize = o.gapSize();
        gap.openedAt = Instant.now();
        gap.persist();
        events.gapIdentified(gap, o);
    }

    /** Closes the open gaps of the service and kind whose subject is not among {@code subjects} (no longer compared). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeOthers(String service, GapKind kind, Set<String> subjects) {
        OpenGap.<OpenGap>list("service = ?1 and gapKind = ?2 and closedAt is null", service, kind).stream()
                .filter(gap -> !subjects.contains(gap.subject))
                .forEach(gap -> gap.closedAt = Instant.now());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OpenGap> openGaps(String service) {
        return OpenGap.list("service = ?1 and closedAt is null order by openedAt", service);
    }

    /** The most recently changed initiative (not closed) that has the process, or the service, in scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InitiativeProjection> initiativeInScope(String column, String value) {
        if (!column.equals("processes") && !column.equals("services")) {
            throw new IllegalArgumentException(column);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT initiative_id FROM initiative_projection WHERE " + column
                + " @> jsonb_build_array(CAST(?1 AS text)) AND (status IS NULL OR status <> 'CLOSED')"
                + " ORDER BY updated_at DESC LIMIT 1", UUID.class).setParameter(1, value).getResultList();
        return ids.stream().findFirst().map(id -> InitiativeProjection.<InitiativeProjection>findById(id));
    }
}
