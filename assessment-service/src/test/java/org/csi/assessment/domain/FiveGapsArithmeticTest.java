package org.csi.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.csi.assessment.domain.PerceptionResponse.Rating;
import org.csi.platform.domain.Direction;
import org.junit.jupiter.api.Test;

/** Which recorded data each of the five gaps compares, its sign, shortfall and tolerance. */
class FiveGapsArithmeticTest {

    private static PerceptionResponse response(RespondentType type, Rating reliability) {
        PerceptionResponse r = new PerceptionResponse();
        r.respondentType = type;
        r.ratings.put("RELIABILITY", reliability);
        return r;
    }

    private static final ServiceGapModel.Result SURVEYS = ServiceGapModel.compute(List.of(
            response(RespondentType.CUSTOMER, new Rating(7, 4, null)),
            response(RespondentType.CUSTOMER, new Rating(7, 5, null)),
            response(RespondentType.PROVIDER, new Rating(5, null, 5))));

    private static ServiceLevel dimension(String value) {
        return new ServiceLevel("RELIABILITY", null, new BigDecimal(value), null, null, null, null);
    }

    private static ServiceLevel kpi(String value, Direction direction, String tolerance) {
        return new ServiceLevel(null, "mttr", new BigDecimal(value), "hours", direction,
                tolerance == null ? null : new BigDecimal(tolerance), null);
    }

    private static FiveGaps.Line only(FiveGaps.Model model, ServiceGap gap, String subject) {
        List<FiveGaps.Line> lines = model.of(gap).stream().filter(l -> l.subject().equals(subject)).toList();
        assertEquals(1, lines.size(), gap + " " + subject);
        return lines.get(0);
    }

    @Test
    void eachGapComparesItsOwnDataAndIsOpenBeyondItsTolerance() {
        FiveGaps.Model model = FiveGaps.compute("email", SURVEYS, List.of(dimension("3.5"),
                kpi("4", Direction.LOWER_IS_BETTER, "0.5")), List.of(dimension("6"), kpi("2", Direction.LOWER_IS_BETTER,
                        null)), Map.of("mttr", new FiveGaps.Delivered(new BigDecimal("6.5"), "h", Instant.now())),
                BigDecimal.ONE);
        FiveGaps.Line gap1 = only(model, ServiceGap.GAP_1, "RELIABILITY");
        assertEquals(new BigDecimal("-2"), gap1.value(), "management 5 - customers 7");
        assertEquals(new BigDecimal("2"), gap1.shortfall());
        assertTrue(gap1.beyondTolerance());
        FiveGaps.Line gap2 = only(model, ServiceGap.GAP_2, "RELIABILITY");
        assertEquals(new BigDecimal("5"), gap2.reference());
        assertEquals(new BigDecimal("3.5"), gap2.actual());
        assertEquals(new BigDecimal("-1.5"), gap2.value());
        assertTrue(gap2.beyondTolerance());
        FiveGaps.Line gap3 = only(model, ServiceGap.GAP_3, "RELIABILITY");
        assertEquals(new BigDecimal("1"), gap3.value(), "perceived 4.5 above specified 3.5");
        assertEquals(BigDecimal.ZERO, gap3.shortfall());
        assertFalse(gap3.beyondTolerance());
        FiveGaps.Line mttr3 = only(model, ServiceGap.GAP_3, "mttr");
        assertEquals(new BigDecimal("2.5"), mttr3.shortfall());
        assertEquals("hours", mttr3.unit(), "the level's unit first");
        assertTrue(mttr3.beyondTolerance());
        assertEquals(new BigDecimal("-1.5"), only(model, ServiceGap.GAP_4, "RELIABILITY").value());
        assertEquals(new BigDecimal("4.5"), only(model, ServiceGap.GAP_4, "mttr").shortfall());
        assertEquals(new BigDecimal("-2.5"), only(model, ServiceGap.GAP_5, "RELIABILITY").value());
    }

    @Test
    void aKpiWithinItsToleranceOrBetterThanItsLevelIsNoOpenGapAndNothingMeasuredIsNoLine() {
        FiveGaps.Model model = FiveGaps.compute("email", SURVEYS, List.of(kpi("4", Direction.LOWER_IS_BETTER, "0.5")),
                List.of(new ServiceLevel(null, "availability", new BigDecimal("99.9"), "%",
                        Direction.HIGHER_IS_BETTER, null, null), kpi("9", Direction.LOWER_IS_BETTER, null)),
                Map.of("mttr", new FiveGaps.Delivered(new BigDecimal("4.4"), null, Instant.now())), BigDecimal.ONE);
        assertFalse(only(model, ServiceGap.GAP_3, "mttr").beyondTolerance(), "4.4 misses 4 by 0.4 <= 0.5");
        assertEquals(BigDecimal.ZERO, only(model, ServiceGap.GAP_4, "mttr").shortfall(), "4.4 beats the promised 9");
        assertTrue(model.of(ServiceGap.GAP_4).stream().noneMatch(l -> l.subject().equals("availability")),
                "availability was never measured");
        assertTrue(model.of(ServiceGap.GAP_2).isEmpty(), "no dimension specified");
    }

    @Test
    void everyGapHasItsStageAndPerspective() {
        assertEquals(List.of(LifecycleStage.STRATEGY, LifecycleStage.DESIGN, LifecycleStage.TRANSITION,
                LifecycleStage.OPERATION, LifecycleStage.OPERATION),
                List.of(ServiceGap.values()).stream().map(ServiceGap::stage).toList());
        assertEquals(List.of(Perspective.BUSINESS, Perspective.IT, Perspective.IT, Perspective.BUSINESS,
                Perspective.BUSINESS), List.of(ServiceGap.values()).stream().map(ServiceGap::perspective).toList());
        assertEquals(GapKind.SERVICE_GAP_3, ServiceGap.GAP_3.kind());
        assertTrue(ServiceGap.of(GapKind.KPI).isEmpty());
    }
}
