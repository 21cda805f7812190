package org.csi.initiative.rest;

import java.time.Instant;
import java.util.UUID;

import org.csi.initiative.service.PlanCheckpoint;
import org.csi.platform.identity.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An explicit checkpoint, next to the ones the review cadence schedules. */
@Schema(name = "CheckpointRequest", description = "A checkpoint of the current cycle, reviewed by the scheduler at its due time.")
public record CheckpointRequest(
        @NotNull
        @Schema(required = true, description = "When the objectives are to be reviewed; not in the past (one minute of clock skew is tolerated).",
                example = "2030-04-30T14:00:00Z")
        Instant dueAt,

        @Size(max = 2000) @Schema(description = "What the checkpoint is for.", example = "Quarterly review with the service owner")
        String note) {

    PlanCheckpoint command(UUID initiativeId, Actor by) {
        return new PlanCheckpoint(initiativeId, dueAt, note, by);
    }
}
