package org.csi.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A process against its target maturity in the gap analysis: status, gap size and trend. */
class MaturityGapTest {

    @Test
    void withoutAnAssessmentThereIsNoData() {
        assertEquals(new MaturityGap("Incident Management", null, null, null, null, null, null,
                MaturityGap.Status.NO_DATA, KpiGap.Trend.UNKNOWN), MaturityGap.of("Incident Management", List.of()));
    }

    @Test
    void theLatestAssessmentBelowItsTargetIsAGapImprovingOnTheOneBefore() {
        MaturityGap gap = MaturityGap.of("Incident Management", List.of(assessed(2, 4, "2026-11-20"), assessed(1, 3,
                "2026-05-01")));

        assertEquals(new MaturityGap("Incident Management", "email", 2, 4, 2, LocalDate.parse("2026-11-20"), 1,
                MaturityGap.Status.GAP, KpiGap.Trend.IMPROVING), gap);
    }

    @Test
    void atOrAboveTheTargetIsMetWithNoGap() {
        MaturityGap gap = MaturityGap.of("Incident Management", List.of(assessed(4, 3, "2026-11-20"), assessed(4, 3,
                "2026-05-01")));

        assertEquals(MaturityGap.Status.MET, gap.status());
        assertEquals(0, gap.gapSize());
        assertEquals(KpiGap.Trend.STABLE, gap.trend());
    }

    @Test
    void withoutATargetLevelThereIsNoGapToMeasure() {
        MaturityGap gap = MaturityGap.of("Incident Management", List.of(assessed(2, null, "2026-11-20"),
                assessed(3, null, "2026-05-01")));

        assertEquals(MaturityGap.Status.NO_TARGET, gap.status());
        assertEquals(null, gap.gapSize());
        assertEquals(KpiGap.Trend.WORSENING, gap.trend());
    }

    @Test
    void aSingleAssessmentHasNoTrend() {
        assertEquals(KpiGap.Trend.UNKNOWN, MaturityGap.of("Incident Management", List.of(assessed(2, 3, "2026-11-20")))
                .trend());
    }

    private static MaturityAssessment assessed(int overall, Integer target, String on) {
        MaturityAssessment a = new MaturityAssessment();
        a.process = "Incident Management";
        a.service = "email";
        a.overallLevel = overall;
        a.targetLevel = target;
        a.assessedOn = LocalDate.parse(on);
        return a;
    }
}
