package org.csi.sip.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.platform.domain.Direction;
import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.rest.ItsmReferenceRequest;
import org.csi.sip.domain.FocusArea;
import org.csi.sip.domain.Priority;
import org.csi.sip.domain.SipFactory;
import org.csi.platform.value.BenefitValue;
import org.csi.platform.value.MoneyValue;
import org.csi.sip.domain.SipRatings;
import org.csi.sip.domain.SipValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A SIP a person raises by hand (origin MANUAL); the caller is recorded as its creator. */
@Schema(name = "SipRequest", description = "A Service Improvement Plan raised by a person; it starts in DRAFT.")
public record SipRequest(
        @NotBlank @Size(max = 300)
        @Schema(required = true, description = "What the plan is about.", example = "Cut e-mail restore time to 4 hours")
        String title,

        @Size(max = 4000) @Schema(description = "Free text: background and scope.",
                example = "Raised after the monthly service review.") String description,

        @Schema(description = "The initiative the plan belongs to, if any.",
                example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c4e10") UUID initiativeId,

        @Size(max = 300) @Schema(description = "Title of that initiative.",
                example = "Stabilise Service Operation for E-Mail") String initiativeTitle,

        @Min(1) @Schema(description = "CSI cycle of the initiative.", example = "1") Integer cycle,

        @Schema(description = "The objective whose target the plan meets; at most one open SIP per objective.",
                example = "8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61") UUID objectiveId,

        @Size(max = 5) @Schema(description = "Focus areas; they weigh in the derived priority.",
                example = "[\"SERVICE_QUALITY\"]") List<@NotNull FocusArea> focusAreas,

        @NotBlank @Size(max = 200) @Schema(required = true, description = "The service the plan improves.",
                example = "email") String service,

        @Size(max = 200) @Schema(description = "The process the plan improves.", example = "Incident Management")
        String process,

        @Size(max = 200) @Schema(description = "The KPI that is short.", example = "incident.mttr.hours") String kpiKey,

        @Size(max = 200) @Schema(description = "The maturity or service quality dimension that is short.",
                example = "responsiveness") String dimension,

        @Size(max = 50) @Schema(description = "Unit of the values.", example = "hours") String unit,

        @Digits(integer = 12, fraction = 6) @Schema(description = "Where the KPI started.", example = "8") BigDecimal baselineValue,

        @Digits(integer = 12, fraction = 6) @Schema(description = "The target.", example = "4") BigDecimal targetValue,

        @Digits(integer = 12, fraction = 6) @Schema(description = "The value now.", example = "6.5") BigDecimal actualValue,

        @Schema(description = "Whether higher or lower values are better; needed to size the gap.",
                example = "LOWER_IS_BETTER") Direction direction,

        @NotBlank @Size(max = 200) @Schema(required = true, description = "Who is accountable for the plan.",
                example = "maria.keller@example.com") String owner,

        @Schema(description = "Left out: derived from the gap and focus areas as for drafted SIPs, MEDIUM when the "
                + "gap cannot be sized.", example = "HIGH") Priority priority,

        @Size(max = 4000) @Schema(description = "What the plan will achieve.",
                example = "E-mail incidents restored within 4 hours") String expectedBenefit,

        @FutureOrPresent @Schema(description = "When the plan should be done; today or later.",
                example = "2030-06-30") LocalDate targetCompletionDate,

        @Size(max = 50) @Schema(description = "The first actions.") List<@Valid @NotNull ActionRequest> actions,

        @Size(max = 200) @Schema(description = TransitionRequests.ON_BEHALF_OF + " The caller is recorded as createdBy.",
                example = "maria.keller@example.com") String onBehalfOf,

        @Schema(hidden = true) Object createdBy,
        @Schema(hidden = true) Object raisedBy,

        @Size(max = ItsmLinks.MAX) @Schema(description = "Records in ITSM tools the plan refers to (e.g. the problem "
                + "behind it), at most 50, each record once.") List<@Valid @NotNull ItsmReferenceRequest> references,

        @Min(1) @Max(5) @Schema(description = SipRequest.RATING + " Benefit: 5 is the most; left out, a SIP with a "
                + "KPI target is rated from its relative gap.", example = "4") Integer benefitRating,
        @Min(1) @Max(5) @Schema(description = SipRequest.RATING + " Effort: 5 is the most (lowers the score).",
                example = "2") Integer effortRating,
        @Min(1) @Max(5) @Schema(description = SipRequest.RATING + " Risk: 5 is the most (lowers the score).",
                example = "2") Integer riskRating,

        // value (issue 17)
        @Size(max = BenefitValue.MAX) @Schema(description = "What the plan is expected to bring, as typed values.")
        List<@Valid @NotNull BenefitValue> expectedBenefits,

        @Valid @Schema(description = "What the plan costs.") MoneyValue cost,

        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
        @Schema(description = "The effort the plan takes, in person-days.", example = "25") BigDecimal effortPersonDays) {

    static final String RATING = "Ranking: a rating 1..5 the score is made of; left out, the part counts with "
            + "csi.scoring.default-rating.";

    /** The ITSM records the SIP refers to, as the service takes them; null when none were given. */
    public List<ItsmLinks.Given> givenReferences() {
        return references == null ? null : references.stream().map(ItsmReferenceRequest::given).toList();
    }

    /** Per first action (same order), the ITSM records it refers to. */
    public List<List<ItsmLinks.Given>> givenActionReferences() {
        return actions == null ? null : actions.stream().map(ActionRequest::givenReferences).toList();
    }

    /** How the person rates the plan for the ranking. */
    public SipRatings ratings() {
        return new SipRatings(benefitRating, effortRating, riskRating);
    }

    /** The value part: typed expected benefits, cost and effort. */
    public SipValue value() {
        return new SipValue(expectedBenefits, cost, effortPersonDays);
    }

    /** What the person plans, as the factory takes it (the actor comes from the caller, not from here). */
    public SipFactory.Manual plan() {
        return new SipFactory.Manual(title, description,
                new SipFactory.Scope(initiativeId, initiativeTitle, cycle, objectiveId, focusAreas, service),
                new SipFactory.Gap(null, kpiKey, process, dimension, unit, baselineValue, targetValue, actualValue, null,
                        direction),
                owner, priority, expectedBenefit, targetCompletionDate,
                actions == null ? null : actions.stream().map(ActionRequest::planned).toList());
    }
}
