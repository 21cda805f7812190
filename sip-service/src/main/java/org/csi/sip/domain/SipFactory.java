package org.csi.sip.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.events.payload.GapIdentified;
import org.csi.events.payload.TargetOutcome;
import org.csi.events.payload.TargetRegressed;
import org.csi.platform.domain.Direction;
import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLinks;
import org.csi.sip.config.DraftingRules;

/**
 * Builds a SIP in DRAFT from what triggered it: a target missed at a checkpoint, a gap identified by assessment, or a
 * person raising it by hand. Each trigger says where the plan belongs ({@link Scope}) and what is short
 * ({@link Gap}); {@link #build} is the one construction path all three share. A trigger from an event gets its
 * priority, completion date, proposed actions and expected benefit from the drafting rules, and its first
 * occurrence; a person's SIP takes what the person gave (priority derived from the gap when left out).
 * <p>
 * The factory only builds: the caller persists the SIP, records its history and emits {@code csi.sip.drafted}.
 */
public final class SipFactory {

    /** The actor of SIPs drafted from events: nobody called, the service drafted them itself. */
    public static final Actor DRAFTER = Actor.system("sip-service");

    private final DraftingRules.Rules rules;
    private final Instant now;

    public SipFactory(DraftingRules.Rules rules, Instant now) {
        this.rules = rules;
        this.now = now;
    }

    /** Where a plan belongs: its initiative and cycle, the objective it meets, its focus areas and service. */
    public record Scope(UUID initiativeId, String initiativeTitle, Integer cycle, UUID objectiveId,
            List<FocusArea> focusAreas, String service) {
    }

    /**
     * What is short and by how much: the KPI, process or dimension (by kind of gap), its values and the gap size
     * (positive for a shortfall; null when nothing was measured).
     */
    public record Gap(GapKind kind, String kpiKey, String process, String dimension, String unit,
            BigDecimal baselineValue, BigDecimal targetValue, BigDecimal actualValue, BigDecimal size,
            Direction direction) {
    }

    /** What a person gives when raising a SIP by hand; priority, benefit, date and actions may be left out. */
    public record Manual(String title, String description, Scope scope, Gap gap, String owner, Priority priority,
            String expectedBenefit, LocalDate targetCompletionDate, List<PlannedAction> actions) {
    }

    /** An action a person plans with the SIP; without an owner the SIP's owner does it. */
    public record PlannedAction(String description, String owner, LocalDate dueDate) {
    }

    /** How far a missed target's actual value is from the target; null when nothing was measured. */
    public static BigDecimal shortfall(TargetOutcome miss) {
        return miss.actualValue() == null ? null
                : Direction.valueOf(miss.direction()).shortfall(miss.targetValue(), miss.actualValue());
    }

    /**
     * A SIP (origin TARGET_MISSED, gap kind KPI) for a target missed at a checkpoint, with that miss as occurrence and
     * the objective's ITSM references.
     */
    public Sip targetMissed(UUID eventId, TargetOutcome miss, List<FocusArea> focusAreas, String owner) {
        String subject = miss.objectiveName() != null && !miss.objectiveName().isBlank() ? miss.objectiveName().strip()
                : miss.kpiKey();
        String description = "Drafted from checkpoint " + miss.checkpointId() + " of cycle " + miss.cycle() + ": "
                + miss.kpiKey() + " was " + display(miss.actualValue()) + " against a target of "
                + display(miss.targetValue()) + (miss.unit() == null || miss.unit().isBlank() ? "" : " " + miss.unit())
                + ".";
        Scope scope = new Scope(miss.initiativeId(), miss.initiativeTitle(), miss.cycle(), miss.objectiveId(),
                focusAreas, miss.service());
        Gap gap = new Gap(GapKind.KPI, miss.kpiKey(), null, null, miss.unit(), miss.baselineValue(),
                miss.targetValue(), miss.actualValue(), shortfall(miss), Direction.valueOf(miss.direction()));
        Sip sip = drafted(Origin.TARGET_MISSED, eventId, subject + ": target missed on " + miss.service(), description,
                scope, gap, owner, null, null);
        sip.references.addAll(ItsmLinks.fromEvents(miss.references(), DRAFTER.name(), now));
        sip.addOccurrence(occurrenceOf(eventId, miss), now);
        return sip;
    }

    /** The occurrence of a missed target: one per objective and checkpoint. */
    public SipOccurrence occurrenceOf(UUID eventId, TargetOutcome miss) {
        return occurrence(Origin.TARGET_MISSED, eventId, miss.objectiveId(), miss.checkpointId(), null,
                miss.actualValue(), miss.targetValue(), shortfall(miss), miss.reviewedAt());
    }

    /**
     * A SIP (origin REGRESSION, gap kind KPI) for an objective whose KPI slid back after success, linked to the
     * objective's earlier SIP (null when it had none), with the regression as occurrence and the objective's ITSM
     * references. Its actions and expected benefit come from the drafting rules' regression template when there is
     * one.
     */
    public Sip targetRegressed(UUID eventId, TargetRegressed r, List<FocusArea> focusAreas, String owner,
            UUID previousSipId) {
        String subject = r.objectiveName() != null && !r.objectiveName().isBlank() ? r.objectiveName().strip()
                : r.kpiKey();
        String unit = r.unit() == null || r.unit().isBlank() ? "" : " " + r.unit();
        String description = "Drafted from regression " + r.regression() + " of objective " + r.objectiveId()
                + " (cycle " + r.cycle() + "): " + r.kpiKey() + " had reached its target of " + display(r.targetValue())
                + unit + " (watched since " + r.watchedSince() + ", after "
                + ("SIP_COMPLETED".equals(r.watchStartedBy()) ? "a SIP completed" : "it was achieved at a review")
                + ") and slid back: " + r.valuesOutside() + " values in a row outside the tolerance since "
                + r.outsideSince() + ", the latest " + display(r.actualValue()) + unit + " ("
                + ("WINDOW".equals(r.judgedBy()) ? "outside for at least " + r.window()
                        : r.consecutiveValues() + " values in a row make a regression")
                + ")." + (previousSipId == null ? "" : " Follows SIP " + previousSipId + ".");
        Scope scope = new Scope(r.initiativeId(), r.initiativeTitle(), r.cycle(), r.objectiveId(), focusAreas,
                r.service());
        Direction direction = Direction.valueOf(r.direction());
        Gap gap = new Gap(GapKind.KPI, r.kpiKey(), null, null, r.unit(), r.baselineValue(), r.targetValue(),
                r.actualValue(), direction.shortfall(r.targetValue(), r.actualValue()), direction);
        Sip sip = drafted(Origin.REGRESSION, eventId, subject + ": target regressed on " + r.service(), description,
                scope, gap, owner, null, previousSipId);
        sip.previousSipId = previousSipId;
        sip.references.addAll(ItsmLinks.fromEvents(r.references(), DRAFTER.name(), now));
        sip.addOccurrence(occurrenceOf(eventId, r), now);
        return sip;
    }

    /** The occurrence of a regression: one per objective and regression of its watch. */
    public SipOccurrence occurrenceOf(UUID eventId, TargetRegressed r) {
        SipOccurrence occurrence = occurrence(Origin.REGRESSION, eventId, r.objectiveId(), null, null,
                r.actualValue(), r.targetValue(),
                Direction.valueOf(r.direction()).shortfall(r.targetValue(), r.actualValue()), r.measuredAt());
        occurrence.regression = r.regression();
        return occurrence;
    }

    /**
     * A SIP (origin GAP_IDENTIFIED) for a gap found by assessment, with that gap as occurrence; the initiative's
     * title and cycle come from the local projection when it is known.
     *
     * @param subject what is short: the gap's kpiKey, process or dimension by its kind
     */
    public Sip gapIdentified(UUID eventId, GapIdentified found, String subject, List<FocusArea> focusAreas,
            InitiativeProjection initiative, String owner, Instant observedAt) {
        GapKind kind = GapKind.valueOf(found.gapKind());
        Scope scope = new Scope(found.initiativeId(), initiative == null ? null : initiative.title,
                initiative == null ? null : initiative.cycle, found.objectiveId(), focusAreas, found.service());
        Gap gap = new Gap(kind, blankToNull(found.kpiKey()), blankToNull(found.process()),
                blankToNull(found.dimension()), null, null, found.targetValue(), found.currentValue(),
                found.gapSize().abs(), Direction.valueOf(found.direction()));
        String description = "Drafted from gap " + found.gapId() + ": " + subject + " is "
                + display(found.currentValue()) + " against a target of " + display(found.targetValue()) + ".";
        Sip sip = drafted(Origin.GAP_IDENTIFIED, eventId, kind.title() + " gap: " + subject + " on " + found.service(),
                description, scope, gap, owner, found.gapNumber(), null);
        sip.addOccurrence(occurrenceOf(eventId, found, observedAt), now);
        return sip;
    }

    /** The occurrence of an identified gap: one per gap. */
    public SipOccurrence occurrenceOf(UUID eventId, GapIdentified found, Instant observedAt) {
        return occurrence(Origin.GAP_IDENTIFIED, eventId, found.objectiveId(), null, found.gapId(),
                found.currentValue(), found.targetValue(), found.gapSize().abs(), observedAt);
    }

    /**
     * A SIP a person raises (origin MANUAL), with the person as creator. The gap is sized when target, actual value
     * and direction are given; without a priority it is derived from that gap as for drafted SIPs, else MEDIUM.
     */
    public Sip manual(Manual plan, Actor by) {
        Gap given = plan.gap();
        BigDecimal size = given.direction() == null || given.targetValue() == null || given.actualValue() == null ? null
                : given.direction().shortfall(given.targetValue(), given.actualValue()).max(BigDecimal.ZERO);
        Gap gap = new Gap(given.kind(), given.kpiKey(), given.process(), given.dimension(), given.unit(),
                given.baselineValue(), given.targetValue(), given.actualValue(), size, given.direction());
        Scope scope = new Scope(plan.scope().initiativeId(), plan.scope().initiativeTitle(), plan.scope().cycle(),
                plan.scope().objectiveId(), plan.scope().focusAreas() == null ? List.of()
                        : plan.scope().focusAreas().stream().distinct().toList(),
                plan.scope().service().strip());
        Priority priority = plan.priority() != null ? plan.priority()
                : size != null ? PriorityRule.of(size, gap.targetValue(), scope.focusAreas(), rules.priority())
                : Priority.MEDIUM;
        String owner = plan.owner().strip();
        Sip sip = build(Origin.MANUAL, null, plan.title().strip(), plan.description(), scope, gap, owner, priority,
                plan.expectedBenefit(), plan.targetCompletionDate(), by, "raised by hand");
        if (plan.actions() != null) {
            plan.actions().forEach(a -> sip.addAction(a.description().strip(),
                    a.owner() == null || a.owner().isBlank() ? owner : a.owner().strip(), a.dueDate(), now));
        }
        return sip;
    }

    /**
     * From an event: priority, completion date, proposed actions and expected benefit from the drafting rules; the
     * title from the template of the gap number when the gap names one and that template has a title.
     */
    private Sip drafted(Origin origin, UUID eventId, String title, String description, Scope scope, Gap gap,
            String owner, Integer gapNumber, UUID previousSipId) {
        Priority priority = PriorityRule.of(gap.size(), gap.targetValue(), scope.focusAreas(), rules.priority());
        LocalDate due = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .plusDays(rules.completionDays().getOrDefault(priority, 90));
        Map<String, String> values = ActionProposals.values(scope.service(), gap.kpiKey(), gap.process(),
                gap.dimension(), gap.targetValue(), gap.actualValue(), gap.size(), gap.unit());
        // a REGRESSION draft takes the regression template (placeholder {previousSip}) when there is one
        ActionProposals.Proposal proposal = origin == Origin.REGRESSION && rules.regression() != null
                ? ActionProposals.propose(List.of(rules.regression()), List.of(), gap.kind(),
                        withPrevious(values, previousSipId))
                : ActionProposals.propose(rules.templates(), scope.focusAreas(), gap.kind(), gapNumber, values);
        Sip sip = build(origin, eventId, proposal.title() != null ? clip(proposal.title()) : title, description, scope, gap,
                owner, priority, proposal.expectedBenefit(),
                due, DRAFTER, "drafted from " + origin + " event " + eventId);
        proposal.actions().forEach(a -> sip.addAction(a, owner, due, now));
        return sip;
    }

    /** The one construction path: every field of a new SIP in DRAFT, and its first transition, by whoever made it. */
    private Sip build(Origin origin, UUID eventId, String title, String description, Scope scope, Gap gap,
            String owner, Priority priority, String expectedBenefit, LocalDate targetCompletionDate, Actor by,
            String note) {
        Sip sip = new Sip();
        sip.id = UUID.randomUUID();
        sip.origin = origin;
        sip.originEventId = eventId;
        sip.title = title;
        sip.description = description;
        sip.initiativeId = scope.initiativeId();
        sip.initiativeTitle = scope.initiativeTitle();
        sip.cycle = scope.cycle();
        sip.objectiveId = scope.objectiveId();
        sip.focusAreas.addAll(scope.focusAreas());
        sip.service = scope.service();
        sip.gapKind = gap.kind();
        sip.kpiKey = gap.kpiKey();
        sip.process = gap.process();
        sip.dimension = gap.dimension();
        sip.unit = gap.unit();
        sip.baselineValue = gap.baselineValue();
        sip.targetValue = gap.targetValue();
        sip.actualValue = gap.actualValue();
        sip.gapSize = gap.size();
        sip.direction = gap.direction();
        sip.owner = owner;
        sip.priority = priority;
        sip.expectedBenefit = expectedBenefit;
        sip.targetCompletionDate = targetCompletionDate;
        sip.status = SipStatus.DRAFT;
        sip.createdBy = by.name();
        sip.createdOnBehalfOf = by.onBehalfOf();
        sip.createdAt = now;
        sip.updatedAt = now;
        sip.recordTransition(null, SipStatus.DRAFT, by, now, note);
        return sip;
    }

    private SipOccurrence occurrence(Origin kind, UUID eventId, UUID objectiveId, UUID checkpointId, UUID gapId,
            BigDecimal actual, BigDecimal target, BigDecimal gap, Instant observedAt) {
        SipOccurrence occurrence = new SipOccurrence();
        occurrence.id = UUID.randomUUID();
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
        return occurrence;
    }

    /** A template's title, filled with a long service and subject, kept within the 300 characters of a title. */
    private static String clip(String title) {
        return title.length() <= 300 ? title : title.substring(0, 299) + "\u2026";
    }

    private static Map<String, String> withPrevious(Map<String, String> values, UUID previousSipId) {
        Map<String, String> with = new HashMap<>(values);
        with.put("previousSip", previousSipId == null ? "none" : "SIP " + previousSipId);
        return with;
    }

    private static String display(BigDecimal value) {
        return value == null ? "not measured" : value.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
