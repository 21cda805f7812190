package org.csi.assessment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.assessment.domain.Practice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Practice", description = "A practice of the inventory.")
public record PracticeResponse(
        @Schema(example = "6c1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61") UUID id,
        @Schema(example = "Incident Management") String process,
        @Schema(example = "email") String service,
        @Schema(example = "Major incident call") String name,
        @Schema(example = "INFORMAL") String formality,
        @Schema(example = "false") boolean documented,
        @Schema(example = "service.desk.lead@example.com") String owner,
        @Schema(example = "[\"ServiceNow\"]") List<String> tools,
        @Schema(example = "Called by whoever notices first.") String notes,
        @Schema(description = "Version, also sent as ETag.", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    public static PracticeResponse of(Practice p) {
        return new PracticeResponse(p.id, p.process, p.service, p.name, p.formality.name(), p.documented, p.owner,
                List.copyOf(p.tools), p.notes, p.version, p.createdAt, p.updatedAt);
    }
}
