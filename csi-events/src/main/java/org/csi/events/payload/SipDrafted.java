package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A Service Improvement Plan was drafted, from a missed target, an identified gap, or by hand (origin). */
public record SipDrafted(
        UUID sipId,
        String title,
        String origin,
        UUID originEventId,
        UUID initiativeId,
        String initiativeTitle,
        Integer cycle,
        UUID objectiveId,
        List<String> focusAreas,
        String service,
        String process,
        String kpiKey,
        String dimension,
        BigDecimal baselineValue,
        BigDecimal targetValue,
        BigDecimal actualValue,
        BigDecimal gapSize,
        String direction,
        String owner,
        String priority,
        List<String> proposedActions,
        String expectedBenefit,
        LocalDate targetCompletionDate,
        String actor,
        String onBehalfOf,
        List<ItsmReference> references,
        // regression watch (issue 17 part 3): the earlier SIP of the objective a REGRESSION SIP follows
        UUID previousSipId,
        // value (issue 17): typed expected benefits, cost and effort
        List<Benefit> expectedBenefits,
        BigDecimal costAmount,
        String costCurrency,
        BigDecimal effortPersonDays) {

    /** The fields before the ITSM references, previousSipId and the typed benefits were added; they stay null. */
    public SipDrafted(UUID sipId, String title, String origin, UUID originEventId, UUID initiativeId,
            String initiativeTitle, Integer cycle, UUID objectiveId, List<String> focusAreas, String service,
            String process, String kpiKey, String dimension, BigDecimal baselineValue, BigDecimal targetValue,
            BigDecimal actualValue, BigDecimal gapSize, String direction, String owner, String priority,
            List<String> proposedActions, String expectedBenefit, LocalDate targetCompletionDate, String actor,
            String onBehalfOf) {
        this(sipId, title, origin, originEventId, initiativeId, initiativeTitle, cycle, objectiveId, focusAreas,
                service, process, kpiKey, dimension, baselineValue, targetValue, actualValue, gapSize, direction,
                owner, priority, proposedActions, expectedBenefit, targetCompletionDate, actor, onBehalfOf, null, null,
                null, null, null, null);
    }

    /** The fields before the actor was added (for code written against them); the new fields stay null. */
    public SipDrafted(UUID sipId, String title, String origin, UUID originEventId, UUID initiativeId,
            String initiativeTitle, Integer cycle, UUID objectiveId, List<String> focusAreas, String service,
            String process, String kpiKey, String dimension, BigDecimal baselineValue, BigDecimal targetValue,
            BigDecimal actualValue, BigDecimal gapSize, String direction, String owner, String priority,
            List<String> proposedActions, String expectedBenefit, LocalDate targetCompletionDate) {
        this(sipId, title, origin, originEventId, initiativeId, initiativeTitle, cycle, objectiveId, focusAreas,
                service, process, kpiKey, dimension, baselineValue, targetValue, actualValue, gapSize, direction,
                owner, priority, proposedActions, expectedBenefit, targetCompletionDate, null, null, null, null, null, null,
                null, null);
    }

    /** Which SIP, and what made it: origin MANUAL, TARGET_MISSED, GAP_IDENTIFIED or REGRESSION, and the event it came from. */
    public record Subject(UUID sipId, String title, String origin, UUID originEventId) {
    }

    /** Where the SIP belongs: its initiative and cycle, the objective it meets, focus areas, service and process. */
    public record Scope(UUID initiativeId, String initiativeTitle, Integer cycle, UUID objectiveId,
            List<String> focusAreas, String service, String process) {
    }

    /** What is short and by how much; direction HIGHER_IS_BETTER or LOWER_IS_BETTER. */
    public record Gap(String kpiKey, String dimension, BigDecimal baselineValue, BigDecimal targetValue,
            BigDecimal actualValue, BigDecimal gapSize, String direction) {
    }

    /** Who carries the plan, how urgent it is, the actions proposed and when it should be done. */
    public record Plan(String owner, String priority, List<String> proposedActions, String expectedBenefit,
            LocalDate targetCompletionDate) {
    }

    /** What the SIP is expected to bring (typed benefits) and what it costs: money with a currency and person-days. */
    public record Value(List<Benefit> expectedBenefits, BigDecimal costAmount, String costCurrency,
            BigDecimal effortPersonDays) {
        public static final Value NONE = new Value(null, null, null, null);
    }

    /** The payload from its parts, in place of the 25-argument constructor (same fields, same JSON). */
    public static SipDrafted of(Subject subject, Scope scope, Gap gap, Plan plan, String actor, String onBehalfOf) {
        return of(subject, scope, gap, plan, actor, onBehalfOf, null, null, Value.NONE);
    }

    /** The payload from its parts, with the ITSM records the SIP refers to. */
    public static SipDrafted of(Subject subject, Scope scope, Gap gap, Plan plan, String actor, String onBehalfOf,
            List<ItsmReference> references) {
        return of(subject, scope, gap, plan, actor, onBehalfOf, references, null, Value.NONE);
    }

    /** As {@link #of(Subject, Scope, Gap, Plan, String, String)}, naming the earlier SIP a REGRESSION SIP follows. */
    public static SipDrafted of(Subject subject, Scope scope, Gap gap, Plan plan, String actor, String onBehalfOf,
            UUID previousSipId) {
        return of(subject, scope, gap, plan, actor, onBehalfOf, null, previousSipId, Value.NONE);
    }

    /** The payload with its value part. */
    public static SipDrafted of(Subject subject, Scope scope, Gap gap, Plan plan, String actor, String onBehalfOf,
            Value value) {
        return of(subject, scope, gap, plan, actor, onBehalfOf, null, null, value);
    }

    /**
     * The payload from all its parts: the ITSM records the SIP refers to, the SIP a REGRESSION SIP follows and what
     * the SIP is expected to bring and cost.
     */
    public static SipDrafted of(Subject subject, Scope scope, Gap gap, Plan plan, String actor, String onBehalfOf,
            List<ItsmReference> references, UUID previousSipId, Value value) {
        Value v = value == null ? Value.NONE : value;
        return new SipDrafted(subject.sipId(), subject.title(), subject.origin(), subject.originEventId(),
                scope.initiativeId(), scope.initiativeTitle(), scope.cycle(), scope.objectiveId(), scope.focusAreas(),
                scope.service(), scope.process(), gap.kpiKey(), gap.dimension(), gap.baselineValue(),
                gap.targetValue(), gap.actualValue(), gap.gapSize(), gap.direction(), plan.owner(), plan.priority(),
                plan.proposedActions(), plan.expectedBenefit(), plan.targetCompletionDate(), actor, onBehalfOf,
                references, previousSipId, v.expectedBenefits(), v.costAmount(), v.costCurrency(),
                v.effortPersonDays());
    }
}
