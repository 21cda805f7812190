package org.csi.assessment.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.platform.domain.Direction;
import org.csi.assessment.domain.GapKind;
import org.csi.assessment.domain.InitiativeProjection;
import org.csi.assessment.domain.OpenGap;
import org.csi.events.CsiEventType;
import org.csi.events.payload.GapIdentified;
import org.csi.platform.outbox.Outbox;

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

    private final Outbox outbox;
    private final EntityManager em;

    GapTracker(Outbox outbox, EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    /** What one evaluation found; {@code beyondTolerance} decides whether the gap is (still) open. */
    public record Observation(GapKind kind, String service, String subject, UUID initiativeId, UUID objectiveId,
            String process, String kpiKey, String dimension, BigDecimal current, BigDecimal target, BigDecimal gapSize,
            Direction direction, String focusArea, boolean beyondTolerance) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void observe(Observation o) {
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
        GapIdentified payload = new GapIdentified(gap.id, o.kind().name(), o.initiativeId(), o.objectiveId(), o.service(),
                o.process(), o.kpiKey(), o.dimension(), strip(o.current()), strip(o.target()), strip(o.gapSize()),
                o.direction().name(), o.focusArea(), gap.openedAt);
        Object key = o.initiativeId() != null ? o.initiativeId() : o.service();
        outbox.emit(CsiEventType.GAP_IDENTIFIED, gap.id, key, payload);
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

    static BigDecimal strip(BigDecimal value) {
        return org.csi.assessment.domain.Decimals.plain(value);
    }
}
