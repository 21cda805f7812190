package org.csi.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.platform.domain.Direction;
import org.junit.jupiter.api.Test;

/** What each kind of gap observation holds: its subject, numbers, direction, focus area and tolerance. */
class GapObservationTest {

    private static final BigDecimal THRESHOLD = BigDecimal.ONE;

    @Test
    void aKpiGapIsAboutItsObjectiveAndFiledUnderTheInitiativesFirstFocusArea() {
        ObjectiveProjection o = objective();
        KpiGap gap = KpiGap.of(o.target.targetValue, o.target.direction, new BigDecimal("0.5"),
                new BigDecimal("6.5"), null);

        GapObservation found = GapObservation.kpi(o, gap, Optional.of(initiative("SERVICE_QUALITY", "COST")));

        assertEquals(GapKind.KPI, found.kind());
        assertEquals(o.objectiveId.toString(), found.subject());
        assertEquals(o.initiativeId, found.initiativeId(), "the objective names its initiative");
        assertEquals("SERVICE_QUALITY", found.focusArea());
        assertEquals(new BigDecimal("2.5"), found.gapSize());
        assertEquals(Direction.LOWER_IS_BETTER, found.direction());
        assertTrue(found.beyondTolerance());
        assertNull(GapObservation.kpi(o, gap, Optional.empty()).focusArea(), "no initiative projected: no focus area");
    }

    @Test
    void aKpiWithinToleranceIsNotBeyondIt() {
        ObjectiveProjection o = objective();
        KpiGap gap = KpiGap.of(o.target.targetValue, o.target.direction, new BigDecimal("0.5"),
                new BigDecimal("4.5"), null);

        assertFalse(GapObservation.kpi(o, gap, Optional.empty()).beyondTolerance());
    }

    @Test
    void aProcessBelowItsTargetLevelIsAMaturityGapOfItsServiceOrElseItsProcess() {
        MaturityAssessment a = assessment(2, 4);
        InitiativeProjection initiative = initiative("SERVICE_QUALITY");

        GapObservation found = GapObservation.maturity(a, Optional.of(initiative));

        assertEquals(GapKind.MATURITY, found.kind());
        assertEquals("email", found.service());
        assertEquals("Incident Management", found.subject());
        assertEquals(initiative.initiativeId, found.initiativeId(), "the initiative with the process in scope");
        assertEquals(BigDecimal.valueOf(2), found.gapSize());
        assertEquals(Direction.HIGHER_IS_BETTER, found.direction());
        assertTrue(found.beyondTolerance());

        a.service = null;
        assertEquals("Incident Management", GapObservation.maturity(a, Optional.empty()).service());
    }

    @Test
    void reachingTheTargetLevelClosesTheMaturityGap() {
        GapObservation above = GapObservation.maturity(assessment(4, 3), Optional.empty());

        assertEquals(BigDecimal.ZERO, above.gapSize());
        assertFalse(above.beyondTolerance());
        assertFalse(GapObservation.maturity(assessment(3, 3), Optional.empty()).beyondTolerance());
    }

    @Test
    void gap5IsThePerceptionShortfallAndOpensBelowMinusTheThreshold() {
        ServiceGapModel.DimensionGap d = dimension("4", "6.5", null, new BigDecimal("-2.5"), null);

        GapObservation found = GapObservation.gap5("email", d, THRESHOLD, Optional.empty());

        assertEquals(GapKind.SERVICE_GAP_5, found.kind());
        assertEquals("RELIABILITY", found.subject());
        assertEquals("RELIABILITY", found.dimension());
        assertEquals(new BigDecimal("4"), found.current(), "the mean perception");
        assertEquals(new BigDecimal("6.5"), found.target(), "the mean expectation");
        assertEquals(new BigDecimal("2.5"), found.gapSize());
        assertEquals("CUSTOMER_SATISFACTION", found.focusArea(), "without an initiative");
        assertTrue(found.beyondTolerance());

        ServiceGapModel.DimensionGap exceeded = dimension("7", "6", null, BigDecimal.ONE, null);
        GapObservation met = GapObservation.gap5("email", exceeded, THRESHOLD, Optional.empty());
        assertEquals(BigDecimal.ZERO, met.gapSize(), "perception above expectation is no shortfall");
        assertFalse(met.beyondTolerance());
        assertFalse(GapObservation.gap5("email", dimension("5", "6", null, new BigDecimal("-1"), null), THRESHOLD,
                Optional.empty()).beyondTolerance(), "exactly -threshold is not beyond it");
    }

    @Test
    void gap1CountsEitherWayAndItsDirectionSaysWhichWayManagementErrs() {
        GapObservation under = GapObservation.gap1("email",
                dimension(null, "6.5", "5", null, new BigDecimal("-1.5")), THRESHOLD,
                Optional.of(initiative("SERVICE_QUALITY")));
        assertEquals(GapKind.SERVICE_GAP_1, under.kind());
        assertEquals(new BigDecimal("5"), under.current(), "management's view of customer expectations");
        assertEquals(new BigDecimal("1.5"), under.gapSize());
        assertEquals(Direction.HIGHER_IS_BETTER, under.direction(), "management underestimates");
        assertEquals("SERVICE_QUALITY", under.focusArea());
        assertTrue(under.beyondTolerance());

        GapObservation over = GapObservation.gap1("email",
                dimension(null, "4", "6", null, new BigDecimal("2")), THRESHOLD, Optional.empty());
        assertEquals(new BigDecimal("2"), over.gapSize());
        assertEquals(Direction.LOWER_IS_BETTER, over.direction(), "management overestimates");
        assertEquals("SERVICE_QUALITY", over.focusArea(), "without an initiative");
        assertTrue(over.beyondTolerance());

        assertFalse(GapObservation.gap1("email", dimension(null, "4", "5", null, BigDecimal.ONE), THRESHOLD,
                Optional.empty()).beyondTolerance(), "exactly the threshold is not beyond it");
    }

    @Test
    void anInitiativeWithoutFocusAreasLeavesTheServqualDefault() {
        GapObservation found = GapObservation.gap5("email", dimension("4", "6.5", null, new BigDecimal("-2.5"), null),
                THRESHOLD, Optional.of(initiative()));

        assertEquals("CUSTOMER_SATISFACTION", found.focusArea());
    }

    private static ObjectiveProjection objective() {
        ObjectiveProjection o = new ObjectiveProjection();
        o.objectiveId = UUID.randomUUID();
        o.initiativeId = UUID.randomUUID();
        o.target.service = "email";
        o.target.kpiKey = "incident.mttr.hours";
        o.target.targetValue = new BigDecimal("4");
        o.target.direction = Direction.LOWER_IS_BETTER;
        return o;
    }

    private static MaturityAssessment assessment(int overall, int target) {
        MaturityAssessment a = new MaturityAssessment();
        a.process = "Incident Management";
        a.service = "email";
        a.overallLevel = overall;
        a.targetLevel = target;
        return a;
    }

    static InitiativeProjection initiative(String... focusAreas) {
        InitiativeProjection i = new InitiativeProjection();
        i.initiativeId = UUID.randomUUID();
        i.focusAreas = new ArrayList<>(List.of(focusAreas));
        return i;
    }

    private static ServiceGapModel.DimensionGap dimension(String perception, String expectation, String provider,
            BigDecimal gap5, BigDecimal gap1) {
        return new ServiceGapModel.DimensionGap(ServqualDimension.RELIABILITY, 3, dec(expectation), dec(perception),
                gap5, null, 2, dec(provider), null, gap1);
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
