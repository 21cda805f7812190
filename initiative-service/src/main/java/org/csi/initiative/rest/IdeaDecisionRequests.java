package org.csi.initiative.rest;

import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.FocusArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of a manager's decisions on an idea. */
final class IdeaDecisionRequests {

    private static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    private IdeaDecisionRequests() {
    }

    @Schema(name = "PromoteIdeaRequest", description = "Promote an idea into a new initiative; what is left out comes "
            + "from the idea.")
    record Promote(
            @Size(min = 1, max = 200) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Schema(description = "Title of the initiative; the idea's title when left out.",
                    example = "Keep users informed about e-mail outages") String title,

            @Size(min = 1, max = 4000) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Schema(description = "Vision; the idea's description (else its title) when left out.",
                    example = "Users learn of an e-mail outage from IT before they notice it.") String vision,

            @Size(max = 5) @Schema(description = "Focus areas; the idea's when left out (then it must name one).",
                    example = "[\"CUSTOMER_SATISFACTION\"]") List<@NotNull FocusArea> focusAreas,

            @NotBlank @Size(max = 200) @Schema(required = true, description = "Who is accountable for the initiative.",
                    example = "jane.doe@example.com") String owner,

            @Size(max = 50) @Schema(example = "[\"email\"]") List<@NotBlank @Size(max = 200) String> services,

            @Min(1) @Max(5) @Schema(description = InitiativeRequest.RATING, example = "4") Integer benefitRating,
            @Min(1) @Max(5) @Schema(description = InitiativeRequest.RATING, example = "2") Integer effortRating,
            @Min(1) @Max(5) @Schema(description = InitiativeRequest.RATING, example = "2") Integer riskRating,

            @Size(max = 2000) @Schema(description = "Why it was promoted.", example = "Most voted idea of the quarter")
            String note) {
    }

    @Schema(name = "AttachIdeaRequest", description = "Attach an idea to an existing ACTIVE initiative.")
    record Attach(
            @NotNull @Schema(required = true, description = "The initiative that takes the idea.",
                    example = "5b0c8f7e-3f7a-4c53-9d35-1a0c5e2b9f10") UUID initiativeId,
            @Size(max = 2000) @Schema(description = "Why it belongs there.", example = "Part of the e-mail initiative")
            String note) {
    }

    @Schema(name = "RejectIdeaRequest", description = "Reject an idea, saying why.")
    record Reject(
            @NotBlank @Size(max = 2000) @Schema(required = true, description = "Why not.",
                    example = "Already covered by the service catalogue") String reason) {
    }
}
