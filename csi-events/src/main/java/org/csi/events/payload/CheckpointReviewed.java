package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A checkpoint was reviewed ("Did we get there?"): one result per objective. */
public record CheckpointReviewed(
        UUID initiativeId,
        UUID checkpointId,
        int cycle,
        Instant reviewedAt,
        String wentWell,
        String wentWrong,
        List<Result> results,
        String actor,
        String onBehalfOf) {

    /** The fields before the actor was added (for code written against them); the new fields stay null. */
    public CheckpointReviewed(UUID initiativeId, UUID checkpointId, int cycle, Instant reviewedAt, String wentWell,
            String wentWrong, List<Result> results) {
        this(initiativeId, checkpointId, cycle, reviewedAt, wentWell, wentWrong, results, null, null);
    }

    /** status is ACHIEVED, MISSED or NO_DATA. */
    public record Result(UUID objectiveId, String objectiveName, String kpiKey, String service,
            BigDecimal targetValue, BigDecimal actualValue, String status) {
    }
}
