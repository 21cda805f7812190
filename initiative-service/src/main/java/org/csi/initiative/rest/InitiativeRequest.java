package org.csi.initiative.rest;

import org.csi.platform.value.BenefitValue;
import java.util.List;

import org.csi.events.payload.Stakeholder;
import org.csi.initiative.domain.FocusArea;
import org.csi.initiative.domain.LifecyclePhase;
import org.csi.initiative.service.InitiativeDefinition;
import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.rest.ItsmReferenceRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What is the vision? The body of creating (and replacing) an initiative. */
@Schema(name = "InitiativeRequest", description = "An improvement initiative: what is to be achieved, its focus and scope.")
public record InitiativeRequest(
        @NotBlank @Size(max = 200)
        @Schema(required = true, example = "Stabilise Service Operation for E-Mail") String title,

        @NotBlank @Size(max = 4000)
        @Schema(required = true, example = "Incidents on the e-mail service are restored within 4 hours and users trust it again.")
        String vision,

        @NotEmpty @Size(max = 5)
        @Schema(required = true, description = "At least one focus area.", example = "[\"SERVICE_QUALITY\", \"CUSTOMER_SATISFACTION\"]")
        List<@NotNull FocusArea> focusAreas,

        @Size(max = 4000)
        @Schema(example = "Formalise incident management and introduce a major-incident procedure.") String approach,

        @Schema(description = "Lifecycle phase in focus; SERVICE_OPERATION when left out.", example = "SERVICE_OPERATION")
        LifecyclePhase lifecyclePhase,

        @Size(max = 50) @Schema(example = "[\"email\"]") List<@NotBlank @Size(max = 200) String> services,

        @Size(max = 50) @Schema(example = "[\"Incident Management\"]") List<@NotBlank @Size(max = 200) String> processes,

        @NotBlank @Size(max = 200)
        @Schema(required = true, description = "Who is accountable, ideally an e-mail address; named on every target outcome.",
                example = "jane.doe@example.com")
        String owner,

        @Size(max = 100) @Schema(description = "People to keep informed.") List<@Valid @NotNull StakeholderDto> stakeholders,

        @Cadence @Pattern(regexp = "P(?=\\d)(\\d{1,4}Y)?(\\d{1,4}M)?(\\d{1,4}W)?(\\d{1,4}D)?", message = "must be an ISO-8601 period such as P30D")
        @Schema(description = "ISO-8601 period between checkpoints, from P1D to P5Y.", example = "P30D") String reviewCadence,

        @Size(max = ItsmLinks.MAX) @Schema(nullable = true, description = "Records in ITSM tools the initiative refers "
                + "to, at most 50, each record once. Left out or null on an update: the references stay as they are; an "
                + "empty list removes them.")
        List<@Valid @NotNull ItsmReferenceRequest> references,

        @Min(1) @Max(5) @Schema(description = RATING + " Benefit: 5 is the most.", example = "4") Integer benefitRating,
        @Min(1) @Max(5) @Schema(description = RATING + " Effort: 5 is the most (lowers the score).", example = "2")
        Integer effortRating,
        @Min(1) @Max(5) @Schema(description = RATING + " Risk: 5 is the most (lowers the score).", example = "2")
        Integer riskRating,

        // value (issue 17)
        @Size(max = org.csi.platform.value.BenefitValue.MAX) @Schema(nullable = true, description = "What the "
                + "initiative is expected to bring, as typed values. On update, left out or null keeps the stored ones "
                + "and [] clears them.")
        List<@Valid @NotNull BenefitValue> expectedBenefits) {

    static final String RATING = "Ranking: a rating 1..5 the score is made of; left out, the part counts with "
            + "csi.scoring.default-rating.";

    InitiativeDefinition definition() {
        return new InitiativeDefinition(title, vision, focusAreas, approach, lifecyclePhase, services, processes, owner,
                stakeholders == null ? null : stakeholders.stream().map(StakeholderDto::stakeholder).toList(),
                reviewCadence, references == null ? null : references.stream().map(ItsmReferenceRequest::given).toList(),
                new InitiativeDefinition.Ratings(benefitRating, effortRating, riskRating));
    }

    @Schema(name = "Stakeholder", description = "Someone to keep informed about the initiative.")
    public record StakeholderDto(
            @NotBlank @Size(max = 200) @Schema(description = "Name or group.", example = "Service Desk Lead") String name,
            @NotBlank @Email @Size(max = 200) @Schema(required = true, description = "Where to reach them; the default communication plan e-mails them.", example = "servicedesk@example.com") String email,
            @Size(max = 100) @Schema(description = "Their role towards the initiative.", example = "STAFF") String role) {

        static StakeholderDto of(Stakeholder s) {
            return new StakeholderDto(s.name(), s.email(), s.role());
        }

        Stakeholder stakeholder() {
            return new Stakeholder(name, email, role);
        }
    }
}
