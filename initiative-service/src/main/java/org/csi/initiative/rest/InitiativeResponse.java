package org.csi.initiative.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.events.payload.Stakeholder;
import org.csi.initiative.domain.FocusArea;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.InitiativeStatus;
import org.csi.initiative.domain.LifecyclePhase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Initiative", description = "A CSI improvement initiative as stored; version is also sent as the ETag.")
public record InitiativeResponse(
        @Schema(example = "5b0c8f7e-3f7a-4c53-9d35-1a0c5e2b9f10") UUID id,
        String title,
        String vision,
        List<FocusArea> focusAreas,
        String approach,
        LifecyclePhase lifecyclePhase,
        List<String> services,
        List<String> processes,
        String owner,
        List<Stakeholder> stakeholders,
        String reviewCadence,
        @Schema(example = "1") int cycle,
        InitiativeStatus status,
        @Schema(example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static InitiativeResponse of(Initiative i) {
        return new InitiativeResponse(i.id, i.title, i.vision, List.copyOf(i.focusAreas), i.approach, i.lifecyclePhase,
                List.copyOf(i.services), List.copyOf(i.processes), i.owner, List.copyOf(i.stakeholders),
                i.reviewCadence, i.cycle, i.status, i.version, i.createdAt, i.updatedAt);
    }
}
