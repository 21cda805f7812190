package org.csi.sip.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.events.payload.GapIdentified;
import org.csi.events.payload.TargetOutcome;
import org.csi.platform.messaging.IncomingCloudEvent;
import org.csi.platform.messaging.PoisonEventException;
import org.csi.platform.outbox.Outbox;
import org.csi.sip.config.DraftingRules;
import org.csi.sip.config.SipConfig;
import org.csi.sip.domain.ActionProposals;
import org.csi.platform.domain.Direction;
import org.csi.sip.domain.FocusArea;
import org.csi.sip.domain.GapKind;
import org.csi.sip.domain.InitiativeProjection;
import org.csi.sip.domain.Origin;
import org.csi.sip.domain.PriorityRule;
import org.csi.sip.domain.Sip;
import org.csi.sip.domain.SipOccurrence;
import org.csi.sip.domain.SipStatus;
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
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SipDrafter {

    private static final Logger LOG = Logger.getLogger(SipDrafter.class);

    private final org.csi.platform.history.History history;

    /** The actor of SIPs drafted from events: nobody called, the service drafted them itself. */
    public static final org.csi.platform.identity.Actor DRAFTER = org.csi.platform.identity.Actor.system("sip-service");

    private final Outbox outbox;
    private final DraftingRules drafting;
    private final SipConfig config;
    private final EntityManager em;

    SipDrafter(Outbox outbox, DraftingRules drafting, SipConfig config, EntityManager em,
            org.csi.platform.history.History history) {
        this.outbox = outbox;
        this.history = history;
        this.drafting = drafting;
        this.config = config;
        this.em = em;
    }

    public void targetMissed(IncomingCloudEvent event, TargetOutcome miss) {
        List<String> missing = new ArrayList<>();
        require(missing, miss.initiativeId(), "initiativeId");
        require(missing, miss.objectiveId(), "objectiveId");
        require(missing, miss.checkpointId(), "checkpointId");
        require(missing, blankToNull(miss.kpiKey()), "kpiKey");
        require(missing, blankToNull(miss.service()), "service");
        require(missing, miss.targetValue(), "targetValue");
        require(missing, blankToNull(miss.direction()), "direction");
        if (!missing.isEmpty()) {
            throw new PoisonEventException("csi.target.missed " + event.id() + " cannot become a SIP: it lacks "
                    + String.join(", ", missing));
        }
        UUID eventId = eventId(event);
        Direction direction = parse(Direction.class, miss.direction(), "direction", event);
        List<FocusArea> focusAreas = focusAreas(miss.focusAreas(), event);
        BigDecimal gap = miss.actualValue() == null ? null : direction.shortfall(miss.targetValue(), miss.actualValue());
        if (gap != null && gap.signum() <= 0) {
            throw new PoisonEventException("csi.target.missed " + event.id() + " says actual value "
                    + miss.actualValue() + " missed target " + miss.targetValue() + " (" + direction
                    + "), but it meets it: there is no gap to plan for");
        }
        if (occurrenceOfMissExists(miss.objectiveId(), miss.checkpointId())) {
            LOG.infof("Objective %s at checkpoint %s already has its SIP; event %s changes nothing",
                    miss.objectiveId(), miss.checkpointId(), event.id());
            return;
        }
        Instant now = Instant.now();
        Optional<Sip> open = openSipOf(miss.objectiveId());
        if (open.isPresent()) {
            addOccurrence(open.get(), Origin.TARGET_MISSED, eventId, miss.objectiveId(), miss.checkpointId(), null,
                    miss.actualValue(), miss.targetValue(), gap, miss.reviewedAt(), now);
            em.flush();
            return;
        }
        Sip sip = new Sip();
        sip.origin = Origin.TARGET_MISSED;
        sip.gapKind = GapKind.KPI;
        sip.originEventId = eventId;
        sip.title = (miss.objectiveName() != null && !miss.objectiveName().isBlank() ? miss.objectiveName().strip()
                : miss.kpiKey()) + ": target missed on " + miss.service();
        sip.description = "Drafted from checkpoint " + miss.checkpointId() + " of cycle " + miss.cycle() + ": "
                + miss.kpiKey() + " was " + display(miss.actualValue()) + " against a target of "
                + display(miss.targetValue()) + unitSuffix(miss.unit()) + ".";
        sip.initiativeId = miss.initiativeId();
        sip.initiativeTitle = miss.initiativeTitle();
        sip.cycle = miss.cycle();
        sip.objectiveId = miss.objectiveId();
        sip.focusAreas = new ArrayList<>(focusAreas);
        sip.service = miss.service();
        sip.kpiKey = miss.kpiKey();
        sip.unit = miss.unit();
        sip.baselineValue = miss.baselineValue();
        sip.targetValue = miss.targetValue();
        sip.actualValue = miss.actualValue();
        sip.gapSize = gap;
        sip.direction = direction;
        sip.owner = ownerFor(miss.owner(), miss.service());
        draft(sip, now);
        addOccurrence(sip, Origin.TARGET_MISSED, eventId, miss.objectiveId(), miss.checkpointId(), null,
                miss.actualValue(), miss.targetValue(), gap, miss.reviewedAt(), now);
        em.flush();
    }

    public void gapIdentified(IncomingCloudEvent event, GapIdentified gap) {
        List<String> missing = new ArrayList<>();
        require(missing, gap.gapId(), "gapId");
        require(missing, blankToNull(gap.gapKind()), "gapKind");
        require(missing, blankToNull(gap.service()), "service");
        require(missing, gap.targetValue(), "targetValue");
        require(missing, gap.currentValue(), "currentValue");
        require(missing, gap.gapSize(), "gapSize");
        require(missing, blankToNull(gap.direction()), "direction");
        if (!missing.isEmpty()) {
            throw new PoisonEventException("csi.gap.identified " + event.id() + " cannot become a SIP: it lacks "
                    + String.join(", ", missing));
        }
        GapKind kind = parse(GapKind.class, gap.gapKind(), "gapKind", event);
        String subject = switch (kind) {
            case KPI -> blankToNull(gap.kpiKey());
            case MATURITY -> blankToNull(gap.process());
            case SERVICE_GAP_1, SERVICE_GAP_5 -> blankToNull(gap.dimension());
        };
        if (subject == null) {
            throw new PoisonEventException("csi.gap.identified " + event.id() + " is a " + kind
                    + " gap but does not say what is short (" + (kind == GapKind.KPI ? "kpiKey"
                            : kind == GapKind.MATURITY ? "process" : "dimension") + ")");
        }
        if (gap.gapSize().signum() == 0) {
            throw new PoisonEventException("csi.gap.identified " + event.id() + " has gap size 0: nothing to plan for");
        }
        UUID eventId = eventId(event);
        Direction direction = parse(Direction.class, gap.direction(), "direction", event);
        InitiativeProjection initiative = gap.initiativeId() == null ? null
                : InitiativeProjection.findById(gap.initiativeId());
        List<FocusArea> focusAreas = gap.focusArea() != null ? focusAreas(List.of(gap.focusArea()), event)
                : initiative != null ? focusAreas(initiative.focusAreas, event) : List.of();
        if (SipOccurrence.count("gapId", gap.gapId()) > 0) {
            LOG.infof("Gap %s already has its SIP; event %s changes nothing", gap.gapId(), event.id());
            return;
        }
        Instant now = Instant.now();
        Instant observed = gap.identifiedAt() != null ? gap.identifiedAt() : event.time();
        BigDecimal size = gap.gapSize().abs();
        if (gap.objectiveId() != null) {
            Optional<Sip> open = openSipOf(gap.objectiveId());
            if (open.isPresent()) {
                addOccurrence(open.get(), Origin.GAP_IDENTIFIED, eventId, gap.objectiveId(), null, gap.gapId(),
                        gap.currentValue(), gap.targetValue(), size, observed, now);
                em.flush();
                return;
            }
        }
        Sip sip = new Sip();
        sip.origin = Origin.GAP_IDENTIFIED;
        sip.gapKind = kind;
        sip.originEventId = eventId;
        sip.title = kindName(kind) + " gap: " + subject + " on " + gap.service();
        sip.description = "Drafted from gap " + gap.gapId() + ": " + subject + " is " + display(gap.currentValue())
                + " against a target of " + display(gap.targetValue()) + ".";
        sip.initiativeId = gap.initiativeId();
        if (initiative != null) {
            sip.initiativeTitle = initiative.title;
            sip.cycle = initiative.cycle;
        }
        sip.objectiveId = gap.objectiveId();
        sip.focusAreas = new ArrayList<>(focusAreas);
        sip.service = gap.service();
        sip.process = blankToNull(gap.process());
        sip.kpiKey = blankToNull(gap.kpiKey());
        sip.dimension = blankToNull(gap.dimension());
        sip.targetValue = gap.targetValue();
        sip.actualValue = gap.currentValue();
        sip.gapSize = size;
        sip.direction = direction;
        sip.owner = ownerFor(initiative != null ? initiative.owner : null, gap.service());
        draft(sip, now);
        addOccurrence(sip, Origin.GAP_IDENTIFIED, eventId, gap.objectiveId(), null, gap.gapId(), gap.currentValue(),
                gap.targetValue(), size, observed, now);
        em.flush();
    }

    /** Priority, completion date, proposed actions and expected benefit from the drafting rules; then persist and emit. */
    private void draft(Sip sip, Instant now) {
        DraftingRules.Rules rules = drafting.current();
        sip.id = UUID.randomUUID();
        sip.priority = PriorityRule.of(sip.gapSize, sip.targetValue, sip.focusAreas, rules.priority());
        sip.targetCompletionDate = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .plusDays(rules.completionDays().getOrDefault(sip.priority, 90));
        ActionProposals.Proposal proposal = ActionProposals.propose(rules.templates(), sip.focusAreas, sip.gapKind,
                ActionProposals.values(sip.service, sip.kpiKey, sip.process, sip.dimension, sip.targetValue,
                        sip.actualValue, sip.gapSize, sip.unit));
        sip.expectedBenefit = proposal.expectedBenefit();
        sip.status = SipStatus.DRAFT;
        sip.createdAt = now;
        sip.updatedAt = now;
        proposal.actions().forEach(a -> sip.addAction(a, sip.owner, sip.targetCompletionDate, now));
        sip.createdBy = DRAFTER.name();
        sip.recordTransition(null, SipStatus.DRAFT, DRAFTER, now, "drafted from " + sip.origin + " event "
                + sip.originEventId);
        sip.persist();
        history.record(sip.id, "SIP", sip.id, "DRAFTED", DRAFTER, "from " + sip.origin + " event " + sip.originEventId,
                now);
        outbox.emit(CsiEventType.SIP_DRAFTED, sip.id, sip.eventKey(), sip.drafted());
    }

    private static void addOccurrence(Sip sip, Origin kind, UUID eventId, UUID objectiveId, UUID checkpointId,
            UUID gapId, BigDecimal actual, BigDecimal target, BigDecimal gap, Instant observedAt, Instant now) {
        SipOccurrence occurrence = new SipOccurrence();
        occurrence.id = UUID.randomUUID();
        occurrence.sip = sip;
        occurrence.kind = kind;
        occurrence.originEventId = eventId;
        occurrence.objectiveId = objectiveId;
        occurrence.checkpointId = checkpointId;
        occurrence.gapId = gapId;
        occurrence.actualValue = actual;
        occurrence.targetValue = target;
        occurrence.gapSize = gap;
        occurrence.observedAt = observedAt != null ? observedAt : now;
        occurrence.recordedAt = now;
        sip.occurrences.add(occurrence);
        sip.updatedAt = now;
        occurrence.persist();
    }

    private boolean occurrenceOfMissExists(UUID objectiveId, UUID checkpointId) {
        return SipOccurrence.count("objectiveId = ?1 and checkpointId = ?2", objectiveId, checkpointId) > 0;
    }

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

    private static List<FocusArea> focusAreas(List<String> names, IncomingCloudEvent event) {
        if (names == null) {
            return List.of();
        }
        return names.stream().distinct().map(n -> parse(FocusArea.class, n, "focusAreas", event)).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, IncomingCloudEvent event) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException(event.ceType() + " " + event.id() + ": " + field + " " + value
                    + " is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private static void require(List<String> missing, Object value, String field) {
        if (value == null) {
            missing.add(field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String display(BigDecimal value) {
        return value == null ? "not measured" : value.stripTrailingZeros().toPlainString();
    }

    private static String unitSuffix(String unit) {
        return unit == null || unit.isBlank() ? "" : " " + unit;
    }

    private static String kindName(GapKind kind) {
        return switch (kind) {
            case KPI -> "KPI";
            case MATURITY -> "Maturity";
            case SERVICE_GAP_1 -> "Service gap 1";
            case SERVICE_GAP_5 -> "Service gap 5";
        };
    }
}
