package org.csi.sip.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.events.payload.GapIdentified;
import org.csi.events.payload.TargetOutcome;
import org.csi.events.payload.TargetRegressed;
import org.csi.platform.history.History;
import org.csi.platform.messaging.IncomingCloudEvent;
import org.csi.platform.messaging.PoisonEventException;
import org.csi.sip.config.DraftingRules;
import org.csi.sip.config.SipConfig;
import org.csi.sip.domain.FocusArea;
import org.csi.sip.domain.GapKind;
import org.csi.sip.domain.InitiativeProjection;
import org.csi.sip.domain.Origin;
import org.csi.sip.domain.Sip;
import org.csi.sip.domain.SipFactory;
import org.csi.sip.domain.SipOccurrence;
import org.csi.sip.domain.SipStatus;
import org.csi.sip.messaging.SipEvents;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Drafts a SIP from a missed target or an identified gap, exactly once per trigger: a trigger already recorded (the
 * same objective at the same checkpoint, the same gap) has no second effect even under a new event id, and a later
 * miss of an objective whose SIP is still open becomes an occurrence of that SIP. The unique constraints on
 * sip_occurrence and on the open SIP of an objective make this hold with several instances too: the loser's
 * transaction fails, the inbox retries it, and the retry finds the winner's SIP.
 * <p>
 * The inbox has validated each payload against its schema, so the required fields are there; what is refused here
 * is what the schema cannot say (a "miss" that meets its target, a gap of size 0 or with a blank subject, a ce_id
 * that is not a UUID). {@link SipFactory} builds the SIP.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SipDrafter {

    private static final Logger LOG = Logger.getLogger(SipDrafter.class);

    private final SipEvents events;
    private final DraftingRules drafting;
    private final SipConfig config;
    private final EntityManager em;
    private final History history;

    SipDrafter(SipEvents events, DraftingRules drafting, SipConfig config, EntityManager em, History history) {
        this.events = events;
        this.drafting = drafting;
        this.config = config;
        this.em = em;
        this.history = history;
    }

    public void targetMissed(IncomingCloudEvent event, TargetOutcome miss) {
        UUID eventId = eventId(event);
        List<FocusArea> focusAreas = focusAreas(miss.focusAreas(), event);
        BigDecimal gap = SipFactory.shortfall(miss);
        if (gap != null && gap.signum() <= 0) {
            throw new PoisonEventException("csi.target.missed " + event.id() + " says actual value "
                    + miss.actualValue() + " missed target " + miss.targetValue() + " (" + miss.direction()
                    + "), but it meets it: there is no gap to plan for");
        }
        if (SipOccurrence.count("objectiveId = ?1 and checkpointId = ?2", miss.objectiveId(), miss.checkpointId()) > 0) {
            LOG.infof("Objective %s at checkpoint %s already has its SIP; event %s changes nothing",
                    miss.objectiveId(), miss.checkpointId(), event.id());
            return;
        }
        SipFactory factory = new SipFactory(drafting.current(), Instant.now());
        Optional<Sip> open = openSipOf(miss.objectiveId());
        if (open.isPresent()) {
            addOccurrence(open.get(), factory.occurrenceOf(eventId, miss));
        } else {
            draft(factory.targetMissed(eventId, miss, focusAreas, ownerFor(miss.owner(), miss.service())));
        }
    }

    public void gapIdentified(IncomingCloudEvent event, GapIdentified gap) {
        GapKind kind = GapKind.valueOf(gap.gapKind());
        String subject = kind.subject(gap.kpiKey(), gap.process(), gap.dimension());
        if (subject == null) {
            throw new PoisonEventException("csi.gap.identified " + event.id() + " is a " + kind
                    + " gap but does not say what is short (" + kind.subjectField() + ")");
        }
        if (gap.gapSize().signum() == 0) {
            throw new PoisonEventException("csi.gap.identified " + event.id() + " has gap size 0: nothing to plan for");
        }
        UUID eventId = eventId(event);
        InitiativeProjection initiative = gap.initiativeId() == null ? null
                : InitiativeProjection.findById(gap.initiativeId());
        List<FocusArea> focusAreas = gap.focusArea() != null ? focusAreas(List.of(gap.focusArea()), event)
                : initiative != null ? focusAreas(initiative.focusAreas, event) : List.of();
        if (SipOccurrence.count("gapId", gap.gapId()) > 0) {
            LOG.infof("Gap %s already has its SIP; event %s changes nothing", gap.gapId(), event.id());
            return;
        }
        SipFactory factory = new SipFactory(drafting.current(), Instant.now());
        Instant observed = gap.identifiedAt() != null ? gap.identifiedAt() : event.time();
        Optional<Sip> open = gap.objectiveId() == null ? Optional.empty() : openSipOf(gap.objectiveId());
        if (open.isPresent()) {
            addOccurrence(open.get(), factory.occurrenceOf(eventId, gap, observed));
        } else if (kind == GapKind.KPI && gap.objectiveId() != null && succeeded(gap.objectiveId())) {
            LOG.infof("KPI gap %s of objective %s after its success: the regression watch judges the slide; no SIP",
                    gap.gapId(), gap.objectiveId());
        } else {
            draft(factory.gapIdentified(eventId, gap, subject, focusAreas, initiative,
                    ownerFor(initiative != null ? initiative.owner : null, gap.service()), observed));
        }
    }

    /**
     * A regression of an objective's KPI after success: a SIP of origin REGRESSION, linked to the objective's earlier
     * SIP (the one the event names, else the latest of the objective here), exactly once per regression (the same
     * regression under a new ce_id changes nothing); while a SIP of the objective is still open, the regression
     * becomes an occurrence of it instead.
     */
    public void targetRegressed(IncomingCloudEvent event, TargetRegressed regression) {
        UUID eventId = eventId(event);
        List<FocusArea> focusAreas = focusAreas(regression.focusAreas(), event);
        if (SipOccurrence.count("kind = ?1 and objectiveId = ?2 and regression = ?3", Origin.REGRESSION,
                regression.objectiveId(), regression.regression()) > 0) {
            LOG.infof("Regression %d of objective %s already has its SIP; event %s changes nothing",
                    regression.regression(), regression.objectiveId(), event.id());
            return;
        }
        SipFactory factory = new SipFactory(drafting.current(), Instant.now());
        Optional<Sip> open = openSipOf(regression.objectiveId());
        if (open.isPresent()) {
            addOccurrence(open.get(), factory.occurrenceOf(eventId, regression));
            return;
        }
        UUID previous = regression.previousSipId() != null ? regression.previousSipId()
                : Sip.<Sip>find("objectiveId = ?1 order by updatedAt desc", regression.objectiveId())
                        .firstResultOptional().map(s -> s.id).orElse(null);
        draft(factory.targetRegressed(eventId, regression, focusAreas,
                ownerFor(regression.owner(), regression.service()), previous));
    }

    /** csi.target.achieved: the objective succeeded (kept so that a later single KPI gap drafts no SIP). */
    public void targetAchieved(IncomingCloudEvent event, TargetOutcome achieved) {
        em.createNativeQuery("INSERT INTO achieved_objective (objective_id, achieved_at) VALUES (?1, ?2)"
                + " ON CONFLICT (objective_id) DO NOTHING")
                .setParameter(1, achieved.objectiveId()).setParameter(2, achieved.reviewedAt()).executeUpdate();
    }

    /**
     * Whether the objective reached its target at a review or a SIP of it completed. After that, a KPI gap of the
     * objective (assessment-service announces the first value beyond tolerance) drafts no SIP: initiative-service's
     * regression watch judges whether the KPI really slid back, and csi.target.regressed drafts the REGRESSION SIP.
     */
    static boolean succeeded(UUID objectiveId) {
        return Sip.count("objectiveId = ?1 and status = ?2", objectiveId, SipStatus.COMPLETED) > 0
                || !Sip.getEntityManager().createNativeQuery("SELECT 1 FROM achieved_objective WHERE objective_id = ?1")
                        .setParameter(1, objectiveId).getResultList().isEmpty();
    }

    /** Stores a drafted SIP with its history entry and csi.sip.drafted. */
    private void draft(Sip sip) {
        sip.persist();
        history.record(sip.id, "SIP", sip.id, "DRAFTED", SipFactory.DRAFTER,
                "from " + sip.origin + " event " + sip.originEventId, sip.createdAt);
        events.drafted(sip);
        em.flush();
    }

    /** A later trigger of an open SIP's objective: one more occurrence, no event (the contract has no type for it). */
    private void addOccurrence(Sip open, SipOccurrence occurrence) {
        open.addOccurrence(occurrence, occurrence.recordedAt).persist();
        em.flush();
    }

    /** The open SIP of an objective, if any (there is at most one). */
    static Optional<Sip> openSipOf(UUID objectiveId) {
        return Sip.find("objectiveId = ?1 and status in ?2", objectiveId, SipStatus.open()).firstResultOptional();
    }

    /** The initiative owner, else the SLM owner configured for the service, else the default owner. */
    private String ownerFor(String initiativeOwner, String service) {
        if (initiativeOwner != null && !initiativeOwner.isBlank()) {
            return initiativeOwner.strip();
        }
        String slm = config.slmOwners().get(service);
        return slm != null && !slm.isBlank() ? slm : config.defaultOwner();
    }

    private static UUID eventId(IncomingCloudEvent event) {
        try {
            return UUID.fromString(event.id());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("ce_id " + event.id() + " is not a UUID as the CSI contract requires");
        }
    }

    /** Focus areas by name; the initiative's (from its projection) are not checked by any schema here. */
    private static List<FocusArea> focusAreas(List<String> names, IncomingCloudEvent event) {
        if (names == null) {
            return List.of();
        }
        return names.stream().distinct().map(name -> {
            try {
                return FocusArea.valueOf(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new PoisonEventException(event.ceType() + " " + event.id() + ": focusAreas " + name
                        + " is not one of " + List.of(FocusArea.values()));
            }
        }).toList();
    }
}
