package org.csi.initiative.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.ObjectiveStatus;
import org.csi.initiative.domain.ResultStatus;
import org.csi.initiative.service.CycleProgress;
import org.csi.platform.domain.Direction;
import org.csi.platform.domain.KpiTarget;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Which objectives have been achieved, which haven't?" */
@Schema(name = "Progress", description = "Where each objective of a cycle stands: baseline, latest measured value, target, "
        + "the status of its latest review and its checkpoint history.")
public record ProgressResponse(
        @Schema(description = "The initiative.", example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c4e10") UUID initiativeId,
        @Schema(description = "Initiative title.", example = "Stabilise Service Operation for E-Mail") String title,
        @Schema(description = "The cycle shown.", example = "1") int cycle,
        @Schema(description = "The initiative's current cycle.", example = "1") int currentCycle,
        @Schema(description = "Objectives per status of their latest review.") Summary summary,
        @Schema(description = "One entry per objective of the cycle.") List<ObjectiveProgress> objectives) {

    @Schema(name = "ProgressSummary", description = "How many objectives of the cycle stand where.")
    public record Summary(
            @Schema(description = "Objectives achieved at their latest review.", example = "1") long achieved,
            @Schema(description = "Objectives missed at their latest review.", example = "1") long missed,
            @Schema(description = "Objectives without a measurement at their latest review.", example = "0") long noData,
            @Schema(description = "Objectives not reviewed yet.", example = "0") long notReviewed) {
    }

    @Schema(name = "ObjectiveProgress", description = "One objective: from baseline via latest value to target.")
    public record ObjectiveProgress(
            @Schema(description = "Objective id.", example = "8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61") UUID objectiveId,
            @Schema(description = "Objective name.", example = "Restore e-mail incidents within 4 hours") String name,
            @Schema(description = "KPI.", example = "incident.mttr.hours") String kpiKey,
            @Schema(description = "Service.", example = "email") String service,
            @Schema(description = "Unit.", example = "hours") String unit,
            @Schema(description = "Direction.", example = "LOWER_IS_BETTER") Direction direction,
            @Schema(description = "Baseline.", example = "8") BigDecimal baselineValue,
            @Schema(description = "The newest measured value known now (may be newer than the latest review).", example = "5")
            BigDecimal latestValue,
            @Schema(description = "When the latest value was measured.", example = "2030-05-01T08:00:00Z") Instant latestMeasuredAt,
            @Schema(description = "Target.", example = "4") BigDecimal targetValue,
            @Schema(description = "Tolerance.", example = "0.5") BigDecimal tolerance,
            @Schema(description = "Result of the latest review.", example = "MISSED") ObjectiveStatus status,
            @Schema(description = "The objective of the previous cycle this one continues.", example = "5b0c8f7e-3f7a-4c53-9d35-1a0c5e2b9f10")
            UUID carriedOverFrom,
            @Schema(description = "SIPs drafted for the objective.") List<ObjectiveResponse.SipOutcome> sips,
            @Schema(description = "Every review of the objective, oldest first.") List<HistoryEntry> history) {
    }

    @Schema(name = "CheckpointHistoryEntry", description = "The objective at one reviewed checkpoint.")
    public record HistoryEntry(
            @Schema(description = "Checkpoint id.", example = "c4e0b7d2-91a3-4f5e-8c6d-7b8a9f0e1d23") UUID checkpointId,
            @Schema(description = "When reviewed.", example = "2030-04-30T14:00:00Z") Instant reviewedAt,
            @Schema(description = "Target at the time.", example = "4") BigDecimal targetValue,
            @Schema(description = "Value judged.", example = "6.5") BigDecimal actualValue,
            @Schema(description = "Result.", example = "MISSED") ResultStatus status) {
    }

    static ProgressResponse of(CycleProgress progress) {
        return new ProgressResponse(progress.initiative().id, progress.initiative().title, progress.cycle(),
                progress.initiative().cycle, new Summary(progress.count(ObjectiveStatus.ACHIEVED),
                        progress.count(ObjectiveStatus.MISSED), progress.count(ObjectiveStatus.NO_DATA),
                        progress.count(ObjectiveStatus.NOT_REVIEWED)),
                progress.objectives().stream().map(ProgressResponse::of).toList());
    }

    private static ObjectiveProgress of(CycleProgress.Entry entry) {
        Objective o = entry.objective();
        KpiTarget target = o.target;
        return new ObjectiveProgress(o.id, o.name, target.kpiKey, target.service, o.unit, target.direction,
                target.baselineValue, entry.latest() == null ? null : entry.latest().reading.value,
                entry.latest() == null ? null : entry.latest().reading.measuredAt, target.targetValue, target.tolerance,
                o.status,
                o.carriedOverFrom, entry.sips().stream().map(ObjectiveResponse.SipOutcome::of).toList(),
                entry.reviews().stream().map(r -> new HistoryEntry(r.checkpoint().id, r.checkpoint().reviewedAt,
                        r.result().target.targetValue, r.result().actualValue, r.result().status)).toList());
    }
}
