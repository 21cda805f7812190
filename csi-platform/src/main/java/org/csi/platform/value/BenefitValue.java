package org.csi.platform.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.csi.events.payload.Benefit;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One typed benefit, expected or realised, of an initiative or a SIP: the same record in requests, responses, the
 * JSON column that stores it and (through {@link #toEvent()}) the events. The rules that span fields (currency only and
 * always for money, a known ISO 4217 code, the bound of the kind) are in {@link #check(String, List)}.
 */
@Schema(name = "Benefit", description = "A typed benefit: MONEY_PER_YEAR (amount per year in currency), "
        + "HOURS_SAVED_PER_MONTH, RISK_REDUCTION (points on a 0-100 risk score) or CUSTOMER_SATISFACTION_POINTS "
        + "(points on a 0-100 scale).")
public record BenefitValue(
        @NotNull @Schema(required = true, description = "What the benefit measures.", example = "MONEY_PER_YEAR")
        BenefitKind kind,

        @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 4)
        @Schema(required = true, description = "How much, in the unit of the kind; at most 100 for RISK_REDUCTION and "
                + "CUSTOMER_SATISFACTION_POINTS, 1,000,000 hours a month.", example = "120000") BigDecimal amount,

        @Pattern(regexp = "[A-Z]{3}") @Schema(description = "ISO 4217 code: required for MONEY_PER_YEAR, refused for "
                + "the other kinds.", example = "EUR") String currency,

        @Size(max = 500) @Schema(description = "Optional: how the amount was estimated or measured.",
                example = "Fewer lost working hours") String note) {

    /** At most this many benefits per initiative or SIP. */
    public static final int MAX = 20;

    /** Refuses the list when a benefit breaks a rule spanning its fields; names each one as {@code field[i].part}. */
    public static List<BenefitValue> check(String field, List<BenefitValue> benefits) {
        if (benefits == null) {
            return null;
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < benefits.size(); i++) {
            BenefitValue b = benefits.get(i);
            String at = field + "[" + i + "]";
            if (b == null || b.kind == null || b.amount == null) {
                violations.add(new Violation(at, "needs a kind and an amount"));
                continue;
            }
            if (b.amount.compareTo(b.kind.max()) > 0) {
                violations.add(new Violation(at + ".amount", "must be at most " + b.kind.max() + " for " + b.kind));
            }
            if (b.kind.isMoney()) {
                checkCurrency(at + ".currency", b.currency).ifPresent(violations::add);
            } else if (b.currency != null) {
                violations.add(new Violation(at + ".currency", "only MONEY_PER_YEAR has a currency"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidException(violations);
        }
        return List.copyOf(benefits);
    }

    /** A missing or unknown ISO 4217 code (java.util.Currency knows the list, so no hand-kept table here). */
    public static java.util.Optional<Violation> checkCurrency(String field, String currency) {
        if (currency == null || currency.isBlank()) {
            return java.util.Optional.of(new Violation(field, "is required for money (ISO 4217, e.g. EUR)"));
        }
        try {
            Currency.getInstance(currency);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(new Violation(field, "is not an ISO 4217 currency code"));
        }
    }

    public Benefit toEvent() {
        return new Benefit(kind.name(), amount, currency, note);
    }

    public static List<Benefit> toEvents(List<BenefitValue> benefits) {
        return benefits == null ? null : benefits.stream().map(BenefitValue::toEvent).toList();
    }

    /** From an event; a kind this version does not know is left out (a newer producer may add kinds). */
    public static List<BenefitValue> fromEvents(List<Benefit> benefits) {
        if (benefits == null) {
            return null;
        }
        List<BenefitValue> values = new ArrayList<>();
        for (Benefit b : benefits) {
            try {
                values.add(new BenefitValue(BenefitKind.valueOf(b.kind()), b.amount(), b.currency(), b.note()));
            } catch (IllegalArgumentException | NullPointerException unknownKind) {
                // skipped: see the method's comment
            }
        }
        return values;
    }
}
