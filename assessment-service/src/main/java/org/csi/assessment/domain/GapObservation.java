package org.csi.assessment.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import org.csi.platform.domain.Direction;
import org.csi.platform.domain.KpiTarget;

/**
 * What one evaluation found about a gap of a service: which gap (kind, service, subject), what is short (objective,
 * process, KPI or SERVQUAL dimension), the numbers, and whether it is beyond its tolerance (which decides whether the
 * gap is, or stays, open). Built by the factory of its kind, which holds the rule of that kind.
 *
 * @param subject   what the gap is about within its service and kind: the objective id, the process or the dimension
 * @param focusArea the focus area a SIP drafted from the gap is filed under
 */
public record GapObservation(GapKind kind, String service, String subject, UUID initiativeId, String focusArea,
        UUID objectiveId, String process, String kpiKey, String dimension, BigDecimal current, BigDecimal target,
        BigDecimal gapSize, Direction direction, boolean beyondTolerance) {

    /** An objective's KPI against its target; the objective names the initiative. */
    public static GapObservation kpi(ObjectiveProjection o, KpiGap gap, Optional<InitiativeProjection> initiative) {
        KpiTarget target = o.target;
        return new GapObservation(GapKind.KPI, target.service, o.objectiveId.toString(), o.initiativeId,
                initiative.map(InitiativeProjection::primaryFocusArea).orElse(null), o.objectiveId, null, target.kpiKey,
                null, gap.current(), target.targetValue, gap.gapSize(), target.direction, gap.beyondTolerance());
    }

    /**
     * A process below its target level (the assessment has one); reaching it closes the gap. Filed under the
     * assessment's service, or its process when it covers no single service.
     */
    public static GapObservation maturity(MaturityAssessment a, Optional<InitiativeProjection> initiative) {
        int shortfall = a.targetLevel - a.overallLevel;
        return new GapObservation(GapKind.MATURITY, a.eventKey(), a.process, initiative.map(i -> i.initiativeId)
                .orElse(null), initiative.map(InitiativeProjection::primaryFocusArea).orElse(null), null, a.process,
                null, null, BigDecimal.valueOf(a.overallLevel), BigDecimal.valueOf(a.targetLevel),
                BigDecimal.valueOf(Math.max(0, shortfall)), Direction.HIGHER_IS_BETTER, shortfall > 0);
    }

    /**
     * SERVQUAL gap 5 of a dimension (that has one): perception short of expectation. Focus area: the initiative's,
     * else CUSTOMER_SATISFACTION.
     */
    public static GapObservation gap5(String service, ServiceGapModel.DimensionGap d, BigDecimal threshold,
            Optional<InitiativeProjection> initiative) {
        return new GapObservation(GapKind.SERVICE_GAP_5, service, d.dimension().name(),
                initiative.map(i -> i.initiativeId).orElse(null), focusArea(initiative, "CUSTOMER_SATISFACTION"), null,
                null, null, d.dimension().name(), d.meanPerception(), d.meanExpectation(),
                d.gap5().negate().max(BigDecimal.ZERO), Direction.HIGHER_IS_BETTER, d.gap5Beyond(threshold));
    }

    /**
     * SERVQUAL gap 1 of a dimension (that has one): management under- or overestimates what customers expect; either
     * way it must learn. Focus area: the initiative's, else SERVICE_QUALITY.
     */
    public static GapObservation gap1(String service, ServiceGapModel.DimensionGap d, BigDecimal threshold,
            Optional<InitiativeProjection> initiative) {
        return new GapObservation(GapKind.SERVICE_GAP_1, service, d.dimension().name(),
                initiative.map(i -> i.initiativeId).orElse(null), focusArea(initiative, "SERVICE_QUALITY"), null, null,
                null, d.dimension().name(), d.meanProviderExpectation(), d.meanExpectation(), d.gap1().abs(),
                d.gap1().signum() <= 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
                d.gap1Beyond(threshold));
    }

    /**
     * A line of the Service Gap model ({@link FiveGaps}): gaps 1-5 per dimension, gaps 3 and 4 also per KPI. current =
     * the actual side, target = the reference side, size = the shortfall. Focus area: the initiative's, else the
     * gap's default ({@link ServiceGap#defaultFocusArea()}). Gaps 1 and 5 give the same observation as {@link #gap1}
     * and {@link #gap5}.
     */
    public static GapObservation serviceGap(String service, FiveGaps.Line line,
            Optional<InitiativeProjection> initiative) {
        return new GapObservation(line.gap().kind(), service, line.subject(),
                initiative.map(i -> i.initiativeId).orElse(null), focusArea(initiative, line.gap().defaultFocusArea()),
                null, null, line.kpiKey(), line.dimension(), line.actual(), line.reference(), line.shortfall(),
                line.direction(), line.beyondTolerance());
    }

    private static String focusArea(Optional<InitiativeProjection> initiative, String otherwise) {
        return initiative.map(InitiativeProjection::primaryFocusArea).orElse(otherwise);
    }
}
