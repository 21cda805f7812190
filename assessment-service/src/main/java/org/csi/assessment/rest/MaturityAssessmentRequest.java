package org.csi.assessment.rest;

import java.time.LocalDate;
import java.util.Map;

import org.csi.assessment.domain.AssessmentType;
import org.csi.assessment.domain.MaturityDimension;
import org.csi.assessment.domain.MaturityModel;
import org.csi.assessment.service.RecordMaturityAssessment;
import org.csi.platform.identity.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A maturity assessment of one process. */
@Schema(name = "MaturityAssessmentRequest", description = "A maturity assessment of a process: a level 0-5 for each of "
        + "the five dimensions; the overall level is derived (the lowest dimension level).")
public record MaturityAssessmentRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Incident Management") String process,
        @Size(max = 200) @Schema(description = "The service assessed; leave out for a process across services.",
                example = "email") String service,
        @NotNull @Schema(required = true, example = "ITIL_PMF") MaturityModel model,
        @NotNull @Schema(required = true, example = "FACILITATED") AssessmentType assessmentType,
        @Size(max = 200) @Schema(description = "Only for csi-admin: the assessor the admin records for. Both names are "
                + "recorded (assessor = the admin, assessorOnBehalfOf = this person); other roles get 403. The assessor "
                + "is the caller; an assessor field is refused with 400.", example = "jane.doe@example.com")
        String onBehalfOf,
        @NotNull @PastOrPresent @Schema(required = true, example = "2026-11-20") LocalDate assessedOn,
        @NotEmpty @Schema(required = true, description = "Level 0-5 for every dimension: VISION_AND_STEERING, PROCESS, "
                + "PEOPLE, TECHNOLOGY, CULTURE.",
                example = "{\"VISION_AND_STEERING\": 2, \"PROCESS\": 3, \"PEOPLE\": 2, \"TECHNOLOGY\": 3, \"CULTURE\": 1}")
        Map<MaturityDimension, @NotNull @Min(0) @Max(5) Integer> levels,
        @Min(0) @Max(5) @Schema(description = "The level the process should reach.", example = "3") Integer targetLevel,
        @Size(max = 10000) @Schema(example = "Interviews with 6 service desk agents; incident records of October.")
        String evidence,
        @Schema(hidden = true) Object assessor) {

    RecordMaturityAssessment command(Actor by) {
        return new RecordMaturityAssessment(process, service, model, assessmentType, assessedOn, levels, targetLevel,
                evidence, by);
    }
}
