package org.csi.platform.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Return on investment of a SIP (value, issue 17). */
public final class Roi {

    private Roi() {
    }

    /**
     * Per year: the MONEY_PER_YEAR benefits in the cost's currency divided by the cost (0.5 = half the cost back each
     * year); null without a cost, with a zero cost or without money in that currency (no exchange rates here).
     */
    public static BigDecimal perYear(List<BenefitValue> benefits, BigDecimal costAmount, String costCurrency) {
        if (benefits == null || costAmount == null || costAmount.signum() == 0 || costCurrency == null) {
            return null;
        }
        List<BigDecimal> money = benefits.stream()
                .filter(b -> b.kind() == BenefitKind.MONEY_PER_YEAR && costCurrency.equals(b.currency()))
                .map(BenefitValue::amount).toList();
        return money.isEmpty() ? null
                : money.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(costAmount, 4, RoundingMode.HALF_UP);
    }
}
