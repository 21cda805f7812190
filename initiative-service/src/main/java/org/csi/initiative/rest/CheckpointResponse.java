package org.csi.initiative.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.Checkpoint;
import org.csi.initiative.domain.CheckpointOrigin;
import org.csi.initiative.domain.CheckpointResult;
import org.csi.initiative.domain.CheckpointStatus;
import org.csi.platform.domain.Direction;
import org.csi.platform.domain.KpiTarget;
import org.csi.initiative.domain.ResultStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Checkpoint", description = "A checkpoint of one cycle; once reviewed, one result per objective.")
public record CheckpointResponse(
        @Schema(description = "Checkpoint id.", example = "c4e0b7d2-91a3-4f5e-8c6d-7b8a9f0e1d23") UUID id,
        @Schema(description = "The initiative.", example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c4e10") UUID initiativeId,
        @Schema(description = "The cycle it reviews.", example = "1") int cycle,
        @Schema(description = "SCHEDULED from the review cadence or EXPLICIT.", example = "EXPLICIT") CheckpointOrigin origin,
        @Schema(description = "When it is due.", example = "2030-04-30T14:00:00Z") Instant dueAt,
        @Schema(description = "PENDING, REVIEWED or CANCELLED.", example = "REVIEWED") CheckpointStatus status,
        @Schema(description = "What it is for.", example = "Quarterly review with the service owner") String note,
        @Schema(description = "When it was reviewed.", example = "2030-04-30T14:00:01Z") Instant reviewedAt,
        @Schema(description = "Who reviewed: scheduler for a review at the due time, otherwise the caller who asked for "
                + "it (the token's actor claim).", example = "scheduler") String reviewedBy,
        @Schema(description = "Set when a csi-admin reviewed on behalf of someone: that person.",
                example = "jane.doe@example.com") String reviewedOnBehalfOf,
        @Schema(description = "What went well.", example = "Availability is above target.") String wentWell,
        @Schema(description = "What went wrong.", example = "Restoring still takes too long.") String wentWrong,
        @Schema(description = "One result per objective of the cycle.") List<Result> results) {

    @Schema(name = "CheckpointResult", description = "How one objective stood at the review.")
    public record Result(
            @Schema(description = "Objective id.", example = "8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61") UUID objectiveId,
            @Schema(description = "Objective name.", example = "Restore e-mail incidents within 4 hours") String objectiveName,
            @Schema(description = "KPI.", example = "incident.mttr.hours") String kpiKey,
            @Schema(description = "Service.", example = "email") String service,
            @Schema(description = "Baseline at the review.", example = "8") BigDecimal baselineValue,
            @Schema(description = "Target at the review.", example = "4") BigDecimal targetValue,
            @Schema(description = "Tolerance at the review.", example = "0.5") BigDecimal tolerance,
            @Schema(description = "Direction.", example = "LOWER_IS_BETTER") Direction direction,
            @Schema(description = "Latest measurement judged; null for NO_DATA.", example = "6.5") BigDecimal actualValue,
            @Schema(description = "When that measurement was taken.", example = "2030-04-29T23:00:00Z") Instant measuredAt,
            @Schema(description = "ACHIEVED, MISSED or NO_DATA.", example = "MISSED") ResultStatus status) {

        static Result of(CheckpointResult r) {
            KpiTarget target = r.target;
            return new Result(r.objectiveId, r.objectiveName, target.kpiKey, target.service, target.baselineValue,
                    target.targetValue, target.tolerance, target.direction, r.actualValue, r.measuredAt, r.status);
        }
    }

    static CheckpointResponse of(Checkpoint c) {
        return new CheckpointResponse(c.id, c.initiativeId, c.cycle, c.origin, c.dueAt, c.status, c.note, c.reviewedAt,
                c.reviewedBy, c.reviewedOnBehalfOf, c.wentWell, c.wentWrong, c.results.stream().map(Result::of).toList());
    }
}
