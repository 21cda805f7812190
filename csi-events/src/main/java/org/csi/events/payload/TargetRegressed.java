package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The KPI of a watched objective (achieved at a review, or whose SIP completed) slid back outside the objective's
 * tolerance: payload of csi.target.regressed. Like {@link TargetOutcome} it carries everything a Service Improvement
 * Plan needs, plus how the regression was judged (so many values in a row, or outside for so long) and the earlier SIP
 * of the objective, so no consumer has to call initiative-service.
 */
public record TargetRegressed(
        UUID initiativeId,
        String initiativeTitle,
        int cycle,
        List<String> focusAreas,
        String owner,
        UUID objectiveId,
        String objectiveName,
        String kpiKey,
        String service,
        String unit,
        BigDecimal baselineValue,
        BigDecimal targetValue,
        String direction,
        BigDecimal tolerance,
        Instant watchedSince,
        String watchStartedBy,
        UUID previousSipId,
        int regression,
        String judgedBy,
        int valuesOutside,
        int consecutiveValues,
        String window,
        Instant outsideSince,
        BigDecimal actualValue,
        Instant measuredAt,
        UUID measurementId,
        Instant regressedAt,
        List<ItsmReference> references) {

    /** The fields before the ITSM references were added; references stay null. */
    public TargetRegressed(UUID initiativeId, String initiativeTitle, int cycle, List<String> focusAreas, String owner,
            UUID objectiveId, String objectiveName, String kpiKey, String service, String unit,
            BigDecimal baselineValue, BigDecimal targetValue, String direction, BigDecimal tolerance,
            Instant watchedSince, String watchStartedBy, UUID previousSipId, int regression, String judgedBy,
            int valuesOutside, int consecutiveValues, String window, Instant outsideSince, BigDecimal actualValue,
            Instant measuredAt, UUID measurementId, Instant regressedAt) {
        this(initiativeId, initiativeTitle, cycle, focusAreas, owner, objectiveId, objectiveName, kpiKey, service,
                unit, baselineValue, targetValue, direction, tolerance, watchedSince, watchStartedBy, previousSipId,
                regression, judgedBy, valuesOutside, consecutiveValues, window, outsideSince, actualValue, measuredAt,
                measurementId, regressedAt, null);
    }

    /**
     * Since when the objective is watched, what started the watch ({@code ACHIEVED} or {@code SIP_COMPLETED}), the
     * objective's latest SIP (null when it has none) and which regression of this watch this is (1 for the first).
     */
    public record Watch(Instant watchedSince, String watchStartedBy, UUID previousSipId, int regression) {
    }

    /**
     * How it was judged: {@code CONSECUTIVE_VALUES} (valuesOutside reached consecutiveValues) or {@code WINDOW} (every
     * value since outsideSince was outside, for at least the window, an ISO-8601 duration or null when not set), and
     * the measurement that made it a regression.
     */
    public record Judgement(String judgedBy, int valuesOutside, int consecutiveValues, String window,
            Instant outsideSince, BigDecimal actualValue, Instant measuredAt, UUID measurementId, Instant regressedAt) {
    }

    /** The payload from the initiative, the objective (with its ITSM references), the watch and the judgement. */
    public static TargetRegressed of(InitiativeDetails initiative, ObjectiveSet objective, Watch watch,
            Judgement judgement) {
        return new TargetRegressed(initiative.initiativeId(), initiative.title(), objective.cycle(),
                initiative.focusAreas(), initiative.owner(), objective.objectiveId(), objective.name(),
                objective.kpiKey(), objective.service(), objective.unit(), objective.baselineValue(),
                objective.targetValue(), objective.direction(), objective.tolerance(), watch.watchedSince(),
                watch.watchStartedBy(), watch.previousSipId(), watch.regression(), judgement.judgedBy(),
                judgement.valuesOutside(), judgement.consecutiveValues(), judgement.window(),
                judgement.outsideSince(), judgement.actualValue(), judgement.measuredAt(), judgement.measurementId(),
                judgement.regressedAt(), objective.references());
    }
}
