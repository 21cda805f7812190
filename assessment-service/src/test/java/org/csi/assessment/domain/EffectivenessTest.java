package org.csi.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.csi.platform.domain.Direction;
import org.junit.jupiter.api.Test;

/** Value (issue 17): the share of the gap to the target that a SIP closed, in either direction. */
class EffectivenessTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void lowerIsBetterClosesThePartOfTheGapTheMeanMoved() {
        assertEquals(d("0.7000"), Realisation.effectiveness(Direction.LOWER_IS_BETTER, d("4"), d("9"), d("5.5")));
        assertEquals(d("1.0000"), Realisation.effectiveness(Direction.LOWER_IS_BETTER, d("4"), d("9"), d("4")));
        assertEquals(d("1.2000"), Realisation.effectiveness(Direction.LOWER_IS_BETTER, d("4"), d("9"), d("3")));
        assertEquals(d("-0.2000"), Realisation.effectiveness(Direction.LOWER_IS_BETTER, d("4"), d("9"), d("10")));
    }

    @Test
    void higherIsBetterToo() {
        assertEquals(d("0.5000"), Realisation.effectiveness(Direction.HIGHER_IS_BETTER, d("99.9"), d("99.5"), d("99.7")));
    }

    @Test
    void noMeanOrNoGapBeforeGivesNothing() {
        assertNull(Realisation.effectiveness(Direction.LOWER_IS_BETTER, d("4"), null, d("5")));
        assertNull(Realisation.effectiveness(Direction.LOWER_IS_BETTER, d("4"), d("9"), null));
        assertNull(Realisation.effectiveness(Direction.LOWER_IS_BETTER, d("4"), d("3"), d("5")));
    }
}
