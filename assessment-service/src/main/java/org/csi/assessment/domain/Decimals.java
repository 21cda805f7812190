package org.csi.assessment.domain;

import java.math.BigDecimal;

/** Numbers as people write them: no trailing zeros from the NUMERIC columns, and never an exponent (10, not 1E+1). */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
