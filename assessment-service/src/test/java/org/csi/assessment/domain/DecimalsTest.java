package org.csi.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Numbers as people write them: no trailing zeros, never an exponent, the value unchanged. */
class DecimalsTest {

    @ParameterizedTest
    @CsvSource({ "10.000, 10", "1E+1, 10", "99.9000, 99.9", "0.000, 0", "-2.50, -2.5", "0.0001, 0.0001",
            "1200, 1200", "1.2E+3, 1200", "7, 7" })
    void plainDropsTrailingZerosAndExponents(String stored, String written) {
        BigDecimal plain = Decimals.plain(new BigDecimal(stored));

        assertEquals(written, plain.toString());
        assertEquals(0, new BigDecimal(stored).compareTo(plain), "the value is the same");
    }

    @Test
    void noValueStaysNoValue() {
        assertNull(Decimals.plain(null));
    }
}
