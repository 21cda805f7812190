package org.csi.platform.value;

import java.math.BigDecimal;

/**
 * What a typed benefit measures, and the largest amount that makes sense for it. RISK_REDUCTION is in points of a
 * 0-100 risk score (a level such as LOW/HIGH would not add up across SIPs; points do), CUSTOMER_SATISFACTION_POINTS in
 * points of a 0-100 satisfaction scale, MONEY_PER_YEAR in the benefit's ISO 4217 currency.
 */
public enum BenefitKind {
    MONEY_PER_YEAR(new BigDecimal("1000000000000")),
    HOURS_SAVED_PER_MONTH(new BigDecimal("1000000")),
    RISK_REDUCTION(new BigDecimal("100")),
    CUSTOMER_SATISFACTION_POINTS(new BigDecimal("100"));

    private final BigDecimal max;

    BenefitKind(BigDecimal max) {
        this.max = max;
    }

    /** The largest amount accepted for this kind. */
    public BigDecimal max() {
        return max;
    }

    /** Only money has a currency. */
    public boolean isMoney() {
        return this == MONEY_PER_YEAR;
    }
}
