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
        Instant reviewedAt) {
}
