package org.csi.initiative.rest;

import java.time.Instant;
import java.util.UUID;

import org.csi.initiative.domain.InitiativeCycle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cycle", description = "One improvement cycle and the vision it pursued; endedAt is null for the current one.")
public record CycleResponse(
        @Schema(description = "The initiative.", example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c4e10") UUID initiativeId,
        @Schema(description = "Cycle number, from 1.", example = "1") int cycle,
        @Schema(description = "The vision of that cycle.", example = "E-mail incidents restored within 4 hours") String vision,
        @Schema(description = "When it started.", example = "2030-01-01T09:00:00Z") Instant startedAt,
        @Schema(description = "When it ended; null while current.", example = "2030-05-02T09:00:00Z") Instant endedAt) {

    static CycleResponse of(InitiativeCycle c) {
        return new CycleResponse(c.initiativeId, c.cycle, c.vision, c.startedAt, c.endedAt);
    }
}
