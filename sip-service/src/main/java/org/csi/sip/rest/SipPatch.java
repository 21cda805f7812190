package org.csi.sip.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.rest.ItsmReferenceRequest;
import org.csi.platform.value.BenefitValue;
import org.csi.platform.value.MoneyValue;
import org.csi.sip.domain.SipValue;

import org.csi.sip.domain.Priority;
import org.csi.sip.domain.SipRatings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Changes to a SIP's editable fields; fields left out stay as they are. */
@Schema(name = "SipPatch", description = "Changes to an open SIP (JSON merge: fields left out stay). Send If-Match.")
public record SipPatch(
        @Size(min = 1, max = 300) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @Schema(description = "What the plan is about.", example = "Cut e-mail restore time to 4 hours") String title,

        @Size(max = 4000) @Schema(description = "Background and scope.", example = "Scope: e-mail only") String description,

        @Size(min = 1, max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @Schema(description = "Who is accountable.", example = "maria.keller@example.com") String owner,

        @Schema(description = "Overrides the derived priority.", example = "HIGH") Priority priority,

        @Size(max = 4000) @Schema(description = "What the plan will achieve.",
                example = "E-mail incidents restored within 4 hours") String expectedBenefit,

        @FutureOrPresent @Schema(description = "When the plan should be done; today or later.", example = "2030-06-30")
        LocalDate targetCompletionDate,

        @Size(max = ItsmLinks.MAX) @Schema(nullable = true, description = "Replaces the ITSM records the plan refers to "
                + "(at most 50, each record once; [] removes them); left out or null, they stay.")
        List<@Valid @NotNull ItsmReferenceRequest> references,

        @Min(1) @Max(5) @Schema(description = SipRequest.RATING + " Benefit: 5 is the most; left out, a SIP with a "
                + "KPI target is rated from its relative gap.", example = "4") Integer benefitRating,
        @Min(1) @Max(5) @Schema(description = SipRequest.RATING + " Effort: 5 is the most (lowers the score).",
                example = "2") Integer effortRating,
        @Min(1) @Max(5) @Schema(description = SipRequest.RATING + " Risk: 5 is the most (lowers the score).",
                example = "2") Integer riskRating,

        // value (issue 17)
        @Size(max = BenefitValue.MAX) @Schema(nullable = true, description = "Replaces the typed expected benefits ([] "
                + "removes them); left out or null, they stay.")
        List<@Valid @NotNull BenefitValue> expectedBenefits,

        @Valid @Schema(description = "What the plan costs.") MoneyValue cost,

        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
        @Schema(description = "The effort the plan takes, in person-days.", example = "25") BigDecimal effortPersonDays) {

    /** The references to replace the plan's with; null: they stay. */
    public List<ItsmLinks.Given> givenReferences() {
        return references == null ? null : references.stream().map(ItsmReferenceRequest::given).toList();
    }

    /** The ratings to change (those left out stay). */
    public SipRatings ratings() {
        return new SipRatings(benefitRating, effortRating, riskRating);
    }

    /** The value part: typed expected benefits, cost and effort; null parts stay. */
    public SipValue value() {
        return new SipValue(expectedBenefits, cost, effortPersonDays);
    }
}
