package org.csi.sip.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.csi.sip.domain.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortfall of a missed target: positive when the actual value is on the wrong side, whichever way is better. */
class ShortfallTest {

    @ParameterizedTest(name = "{0}: target {1}, actual {2} -> {3}")
    @CsvSource({
            "LOWER_IS_BETTER, 4, 6.5, 2.5",
            "LOWER_IS_BETTER, 4, 3, -1",
            "LOWER_IS_BETTER, 4, 4, 0",
            "HIGHER_IS_BETTER, 99.9, 99.5, 0.4",
            "HIGHER_IS_BETTER, 99.9, 100, -0.1",
            "HIGHER_IS_BETTER, -20, -30, 10",
    })
    void theShortfallIsHowFarTheActualValueIsOnTheWrongSide(Direction direction, BigDecimal target,
            BigDecimal actual, BigDecimal shortfall) {
        assertEquals(0, shortfall.compareTo(SipDrafter.shortfall(direction, target, actual)));
        Direction other = direction == Direction.HIGHER_IS_BETTER ? Direction.LOWER_IS_BETTER
                : Direction.HIGHER_IS_BETTER;
        assertEquals(0, shortfall.negate().compareTo(SipDrafter.shortfall(other, target, actual)),
                "the other direction sees the same distance the other way");
    }
}
