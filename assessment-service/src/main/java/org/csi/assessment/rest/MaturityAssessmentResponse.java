package org.csi.assessment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.csi.assessment.domain.MaturityAssessment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MaturityAssessment", description = "A stored maturity assessment.")
public record MaturityAssessmentResponse(
        @Schema(example = "0b6f3c1e-8b4d-4c7a-9e21-5d0b7a9c4e10") UUID id,
        @Schema(example = "Incident Management") String process,
        @Schema(example = "email") String service,
        @Schema(example = "ITIL_PMF") String model,
        @Schema(example = "FACILITATED") String assessmentType,
        @Schema(description = "Who recorded the assessment: the caller (the token's actor claim).",
                example = "jane.doe@example.com") String assessor,
        @Schema(description = "Set when a csi-admin recorded it on behalf of the assessor: that person.",
                example = "jane.doe@example.com") String assessorOnBehalfOf,
        @Schema(example = "2026-11-20") LocalDate assessedOn,
        @Schema(description = "Level per dimension.", example = "{\"VISION_AND_STEERING\": 2, \"PROCESS\": 3}")
        Map<String, Integer> levels,
        @Schema(description = "The lowest dimension level.", example = "1") int overallLevel,
        @Schema(example = "3") Integer targetLevel,
        @Schema(example = "Interviews with 6 service desk agents.") String evidence,
        @Schema(description = "When it was recorded.") Instant createdAt) {

    public static MaturityAssessmentResponse of(MaturityAssessment a) {
        return new MaturityAssessmentResponse(a.id, a.process, a.service, a.model.name(), a.assessmentType.name(),
                a.assessor, a.assessorOnBehalfOf, a.assessedOn, a.levels, a.overallLevel, a.targetLevel, a.evidence, a.createdAt);
    }
}
