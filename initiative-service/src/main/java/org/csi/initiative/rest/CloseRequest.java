package org.csi.initiative.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Size;

@Schema(name = "CloseRequest", description = "Why the initiative is closed and how it ended (outcome and category); the body may be left out.")
public record CloseRequest(
        @Size(max = 2000) @Schema(description = "Why it is closed, free text.", example = "All targets met for two cycles; handed over to operations.")
        String reason,
        // value (issue 17)
        @Schema(description = "How the initiative ended; optional (the body itself may be left out).",
                example = "SUCCESSFUL") org.csi.initiative.domain.InitiativeOutcome outcome,
        @Schema(description = "What kind of value it was about; optional.", example = "TIME_SAVING")
        org.csi.initiative.domain.OutcomeCategory outcomeCategory) {
}
