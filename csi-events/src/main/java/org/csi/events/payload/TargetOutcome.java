package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One objective judged at a checkpoint: payload of csi.target.achieved and csi.target.missed. It carries everything a
 * Service Improvement Plan needs, so no consumer has to call initiative-service.
 */
public record TargetOutcome(
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
        BigDecimal actualValue,
        String direction,
        BigDecimal tolerance,
        UUID checkpointId,
        Instant reviewedAt,
        List<ItsmReference> references) {

    /** The fields before the ITSM references were added; references stay null. */
    public TargetOutcome(UUID initiativeId, String initiativeTitle, int cycle, List<String> focusAreas, String owner,
            UUID objectiveId, String objectiveName, String kpiKey, String service, String unit,
            BigDecimal baselineValue, BigDecimal targetValue, BigDecimal actualValue, String direction,
            BigDecimal tolerance, UUID checkpointId, Instant reviewedAt) {
        this(initiativeId, initiativeTitle, cycle, focusAreas, owner, objectiveId, objectiveName, kpiKey, service,
                unit, baselineValue, targetValue, actualValue, direction, tolerance, checkpointId, reviewedAt, null);
    }

    /**
     * The outcome of one objective at a review, from the payloads that already describe its initiative and the
     * objective: the initiative's title, focus areas and owner, the objective's cycle, target and ITSM references, and
     * what was judged.
     * A producer so names each part instead of passing seventeen values by position.
     */
    public static TargetOutcome of(InitiativeDetails initiative, ObjectiveSet objective, BigDecimal actualValue,
            UUID checkpointId, Instant reviewedAt) {
        return new TargetOutcome(initiative.initiativeId(), initiative.title(), objective.cycle(),
                initiative.focusAreas(), initiative.owner(), objective.objectiveId(), objective.name(),
                objective.kpiKey(), objective.service(), objective.unit(), objective.baselineValue(),
                objective.targetValue(), actualValue, objective.direction(), objective.tolerance(), checkpointId,
                reviewedAt, objective.references());
    }
}
