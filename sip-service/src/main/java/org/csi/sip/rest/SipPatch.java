package org.csi.sip.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.csi.platform.value.BenefitValue;
import org.csi.platform.value.MoneyValue;
import org.csi.sip.domain.SipValue;

import org.csi.sip.domain.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
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

        // value (issue 17)
        @Size(max = BenefitValue.MAX) @Schema(description = "Replaces the typed expected benefits.")
        List<@Valid @NotNull BenefitValue> expectedBenefits,

        @Valid @Schema(description = "What the plan costs.") MoneyValue cost,

        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
        @Schema(description = "The effort the plan takes, in person-days.", example = "25") BigDecimal effortPersonDays) {

    /** The value part: typed expected benefits, cost and effort; null parts stay. */
    public SipValue value() {
        return new SipValue(expectedBenefits, cost, effortPersonDays);
    }
}
