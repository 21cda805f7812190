package org.csi.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.csi.notification.domain.Audience;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.DigestCadence;
import org.csi.notification.domain.DigestItem;
import org.csi.notification.domain.InitiativeProjection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Digests: what an audience did not hear at once, sent once per period of its cadence. {@link #digestNext} claims one
 * period of one audience and sends its digest in ONE transaction: the claim is a {@code digest_run} row unique per
 * (initiative, audience, period start), inserted with {@code ON CONFLICT DO NOTHING}, so of several instances scanning
 * at once exactly one inserts it (the others wait for its commit and insert nothing), and if the sending transaction
 * fails the claim goes with it and the next scan tries again.
 * <p>
 * The period claimed starts at the later of the period of the oldest waiting item and the end of the audience's last
 * digest, and must have ended: a period missed while no instance ran is sent at the next scan (each missed period
 * with items its own digest), and an item committed just after its period's digest went out is carried by the next.
 */
@ApplicationScoped
@Transactional
public class DigestService {

    /** Items written out in full in one digest; more are counted. */
    static final int MAX_LISTED = 50;

    private final EntityManager em;
    private final PlanService plans;
    private final CommunicationService communications;
    private final Optional<Duration> periodOverride;

    DigestService(EntityManager em, PlanService plans, CommunicationService communications,
            @ConfigProperty(name = "csi.digest.period-override") Optional<Duration> periodOverride) {
        this.em = em;
        this.plans = plans;
        this.communications = communications;
        this.periodOverride = periodOverride.filter(d -> !d.isZero() && !d.isNegative());
    }

    /** An (initiative, audience) with items waiting for a digest. */
    public record Waiting(UUID initiativeId, String audience) {
    }

    /** What one claimed digest carried. */
    public record Sent(UUID runId, UUID initiativeId, String audience, Instant periodStart, int items) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Waiting> waiting(int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT initiative_id, audience FROM digest_item WHERE "
                + "digest_run_id IS NULL GROUP BY initiative_id, audience ORDER BY min(created_at) LIMIT ?1")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Waiting((UUID) r[0], (String) r[1])).toList();
    }

    /**
     * Claims and sends the next due digest of the audience; empty when none is due or another instance has it.
     *
     * @param claimedBy names this instance in {@code digest_run}
     */
    public Optional<Sent> digestNext(Waiting waiting, Instant now, String claimedBy) {
        UUID initiativeId = waiting.initiativeId();
        InitiativeProjection initiative = InitiativeProjection.findById(initiativeId);
        Audience audience = plans.audiencesFor(initiativeId, initiative, null).stream()
                .filter(a -> a.name().equals(waiting.audience())).findFirst().orElse(null);
        DigestCadence planCadence = plans.planCadence(initiativeId);
        if (audience == null || !audience.digests(planCadence)) {
            // the audience left the plan, or wants no digest any more (cadence NONE): nobody is waiting for these
            DigestItem.delete("initiativeId = ?1 and audience = ?2 and digestRunId is null", initiativeId,
                    waiting.audience());
            return Optional.empty();
        }
        DigestCadence cadence = audience.cadence(planCadence);
        Instant oldest = (Instant) em.createQuery("select min(i.createdAt) from DigestItem i where i.initiativeId = "
                + ":i and i.audience = :a and i.digestRunId is null").setParameter("i", initiativeId)
                .setParameter("a", waiting.audience()).getSingleResult();
        if (oldest == null) {
            return Optional.empty();
        }
        Instant lastEnd = (Instant) em.createQuery("select max(r.periodEnd) from DigestRunRow r where "
                + "r.initiativeId = :i and r.audience = :a").setParameter("i", initiativeId)
                .setParameter("a", waiting.audience()).getSingleResult();
        Instant start = periodStart(cadence, oldest);
        if (lastEnd != null && lastEnd.isAfter(start)) {
            start = lastEnd;
        }
        Instant end = periodStart(cadence, start).plus(periodLength(cadence));
        if (end.isAfter(now)) {
            return Optional.empty();
        }
        UUID runId = UUID.randomUUID();
        int claimed = em.createNativeQuery("INSERT INTO digest_run (id, initiative_id, audience, cadence, period_start, "
                + "period_end, items, claimed_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8) "
                + "ON CONFLICT (initiative_id, audience, period_start) DO NOTHING")
                .setParameter(1, runId).setParameter(2, initiativeId).setParameter(3, waiting.audience())
                .setParameter(4, cadence.name()).setParameter(5, start).setParameter(6, end)
                .setParameter(7, claimedBy).setParameter(8, now).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        List<DigestItem> items = DigestItem.list("initiativeId = ?1 and audience = ?2 and digestRunId is null "
                + "and createdAt < ?3 order by createdAt, id", initiativeId, waiting.audience(), end);
        items.forEach(i -> i.digestRunId = runId);
        em.createNativeQuery("UPDATE digest_run SET items = ?1 WHERE id = ?2").setParameter(1, items.size())
                .setParameter(2, runId).executeUpdate();
        if (!items.isEmpty()) {
            ComposedMessage digest = compose(initiative, cadence, start, items);
            for (Channel channel : audience.digestVia()) {
                communications.send(audience, channel, initiativeId, initiative, runId.toString(),
                        CommunicationService.DIGEST_TYPE, digest);
            }
        }
        return Optional.of(new Sent(runId, initiativeId, waiting.audience(), start, items.size()));
    }

    Instant periodStart(DigestCadence cadence, Instant at) {
        return periodOverride.map(length -> DigestCadence.fixedPeriodStart(at, length))
                .orElseGet(() -> cadence.periodStart(at));
    }

    Duration periodLength(DigestCadence cadence) {
        return periodOverride.orElseGet(cadence::length);
    }

    /**
     * The digest in the shape of every CSI communication: each section lists what each item said in it, under the
     * item's subject; an approach several items share is written once.
     */
    static ComposedMessage compose(InitiativeProjection initiative, DigestCadence cadence, Instant periodStart,
            List<DigestItem> items) {
        String title = initiative != null && initiative.title != null ? initiative.title : "an improvement initiative";
        String subject = MessageComposer.subjectLine("CSI " + cadence.name().toLowerCase(java.util.Locale.ROOT)
                + " digest: " + title + " - " + items.size() + (items.size() == 1 ? " update" : " updates")
                + " (period " + periodStart + ")");
        List<DigestItem> listed = items.size() > MAX_LISTED ? items.subList(0, MAX_LISTED) : items;
        String more = items.size() > MAX_LISTED ? "\n\n... and " + (items.size() - MAX_LISTED) + " more updates."
                : "";
        StringBuilder service = new StringBuilder();
        StringBuilder personnel = new StringBuilder();
        Set<String> approaches = new LinkedHashSet<>();
        for (DigestItem item : listed) {
            service.append("* ").append(item.subject).append('\n').append(indent(item.serviceImplications))
                    .append("\n\n");
            personnel.append("* ").append(item.subject).append('\n').append(indent(item.personnelImpact))
                    .append("\n\n");
            approaches.add(item.approach.strip());
        }
        List<String> approach = new ArrayList<>(approaches);
        String approachText = approach.size() == 1 ? approach.get(0)
                : String.join("\n\n", approach.stream().map(a -> "* " + indent(a).strip()).toList());
        return new ComposedMessage(subject, service.toString().strip() + more, personnel.toString().strip() + more,
                approachText);
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }
}
