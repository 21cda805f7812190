package org.csi.initiative.rest;

import java.util.List;

import org.csi.initiative.domain.FocusArea;
import org.csi.initiative.domain.IdeaSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An improvement idea as submitted; the caller is recorded as who submitted it (a submittedBy field is refused). */
@Schema(name = "IdeaRequest", description = "An improvement idea: from staff, or a customer's comment from a survey.")
public record IdeaRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, description = "The idea in a line.",
                example = "Tell users when e-mail is down") String title,

        @Size(max = 4000) @Schema(description = "What to improve and why.",
                example = "During the last outage nobody knew whether IT was aware; a status page would help.")
        String description,

        @NotNull @Schema(required = true, description = "Where the idea came from: STAFF, CUSTOMER_SURVEY (a "
                + "customer's comment; name the survey in surveyReference), SERVICE_DESK, SERVICE_REVIEW or OTHER.",
                example = "CUSTOMER_SURVEY") IdeaSource source,

        @Size(max = 200) @Schema(description = "Which survey or response a customer comment came from.",
                example = "Customer satisfaction survey 2030-Q1, response 118") String surveyReference,

        @Size(max = 5) @Schema(description = "Focus areas it serves; taken over when it is promoted.",
                example = "[\"CUSTOMER_SATISFACTION\"]") List<@NotNull FocusArea> focusAreas,

        @Schema(hidden = true) Object submittedBy) {
}
