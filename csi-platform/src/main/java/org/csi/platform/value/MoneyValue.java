package org.csi.platform.value;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An amount of money in an ISO 4217 currency, e.g. the cost of a SIP. */
@Schema(name = "Money", description = "An amount of money in an ISO 4217 currency.")
public record MoneyValue(
        @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 4)
        @Schema(required = true, description = "The amount.", example = "40000") BigDecimal amount,

        @NotNull @Pattern(regexp = "[A-Z]{3}") @Schema(required = true, description = "ISO 4217 code.",
                example = "EUR") String currency) {

    /** Refuses an unknown currency code. */
    public static MoneyValue check(String field, MoneyValue money) {
        if (money != null) {
            BenefitValue.checkCurrency(field + ".currency", money.currency()).ifPresent(v -> {
                throw new org.csi.platform.domain.InvalidException(java.util.List.of(v));
            });
        }
        return money;
    }
}
