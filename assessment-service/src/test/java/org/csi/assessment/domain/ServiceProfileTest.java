package org.csi.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.platform.domain.Direction;
import org.junit.jupiter.api.Test;

/** The portfolio rules of a service profile: each finding and the rule that put it there. */
class ServiceProfileTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final ServiceGapModel.Result NO_SURVEY = new ServiceGapModel.Result(0, 0, List.of(), null, null);

    @Test
    void maturityFindings() {
        MaturityAssessment strong = assessment("Change Management", Map.of("PROCESS", 4, "CULTURE", 5), 4, null,
                TODAY);
        MaturityAssessment weak = assessment("Incident Management", Map.of("PROCESS", 3, "CULTURE", 1), 1, 3,
                TODAY.minusDays(366));

        ServiceProfile p = profile(List.of(strong, weak), List.of(), List.of(), NO_SURVEY, List.of());

        assertEquals(List.of("MATURITY_AT_OR_ABOVE_4:Change Management"), rules(p.strengths()));
        assertEquals(List.of("MATURITY_DIMENSION_AT_OR_BELOW_1:Incident Management",
                "MATURITY_BELOW_TARGET:Incident Management"), rules(p.weaknesses()));
        assertEquals("CULTURE is at level 1", p.weaknesses().get(0).detail());
        assertEquals(List.of("MATURITY_ASSESSMENT_STALE:Incident Management"), rules(p.risks()),
                "older than 365 days");
    }

    @Test
    void practiceFindings() {
        ServiceProfile p = profile(List.of(), List.of(practice("Call", Formality.AD_HOC, false),
                practice("Triage", Formality.INFORMAL, false), practice("Review", Formality.FORMAL, true)), List.of(),
                NO_SURVEY, List.of());

        assertEquals(List.of("PRACTICE_AD_HOC:Incident Management: Call",
                "PRACTICE_UNDOCUMENTED:Incident Management: Triage"), rules(p.weaknesses()));
        assertEquals("INFORMAL but not documented", p.weaknesses().get(1).detail());
    }

    @Test
    void kpiFindings() {
        ObjectiveGap met = objective("a", "4", "3.5", "4", null);
        ObjectiveGap worseningAndDue = objective("b", "4", "7", "6", TODAY.plusDays(90));
        ObjectiveGap gapButDueLater = objective("c", "4", "7", null, TODAY.plusDays(91));

        ServiceProfile p = profile(List.of(), List.of(), List.of(met, worseningAndDue, gapButDueLater), NO_SURVEY,
                List.of());

        assertEquals(List.of("KPI_TARGET_MET:a (objective a)"), rules(p.strengths()));
        assertEquals("current 3.5, target 4", p.strengths().get(0).detail());
        assertEquals(List.of("KPI_WORSENING:b (objective b)", "TARGET_DUE_WITH_GAP:b (objective b)"), rules(p.risks()));
        assertEquals("from 6 to 7", p.risks().get(0).detail());
    }

    @Test
    void servqualFindings() {
        ServiceGapModel.Result survey = new ServiceGapModel.Result(3, 0, List.of(
                gap5(ServqualDimension.TANGIBLES, "0.5"), gap5(ServqualDimension.RELIABILITY, "-2.5"),
                gap5(ServqualDimension.EMPATHY, "-1"), gap5(ServqualDimension.ASSURANCE, null)), null, null);

        ServiceProfile p = profile(List.of(), List.of(), List.of(), survey, List.of());

        assertEquals(List.of("SERVQUAL_MEETS_EXPECTATION:TANGIBLES"), rules(p.strengths()));
        assertEquals(List.of("SERVQUAL_GAP5_BEYOND_THRESHOLD:RELIABILITY"), rules(p.weaknesses()),
                "-1 is not beyond the threshold of 1");
    }

    @Test
    void prioritiesAreTheOpenGapsMostSevereFirst() {
        OpenGap kpi = open(GapKind.KPI, "kpi", "6.5", "4", "2.5"); // 2.5 / 4 = 0.625
        OpenGap maturity = open(GapKind.MATURITY, "Incident Management", "1", "3", "2"); // 2 / 5 = 0.4
        OpenGap servqual = open(GapKind.SERVICE_GAP_5, "RELIABILITY", "2", "7", "5"); // 5 / 6
        OpenGap zeroTarget = open(GapKind.KPI, "zero", "0.5", "0", "0.5"); // target 0: the gap itself

        ServiceProfile p = profile(List.of(), List.of(), List.of(), NO_SURVEY, List.of(kpi, maturity, servqual,
                zeroTarget));

        assertEquals(List.of("OPEN_GAP_SERVICE_GAP_5:RELIABILITY", "OPEN_GAP_KPI:kpi", "OPEN_GAP_KPI:zero",
                "OPEN_GAP_MATURITY:Incident Management"), rules(p.priorities()));
        assertEquals(List.of(new BigDecimal("0.8333"), new BigDecimal("0.625"), new BigDecimal("0.5"),
                new BigDecimal("0.4")), p.priorities().stream().map(ServiceProfile.Finding::severity).toList());
        assertEquals("current 6.5, target 4, gap 2.5", p.priorities().get(1).detail());
    }

    private static ServiceProfile profile(List<MaturityAssessment> latest, List<Practice> practices,
            List<ObjectiveGap> objectives, ServiceGapModel.Result survey, List<OpenGap> open) {
        return ServiceProfile.of(new ServiceProfile.Facts("email", TODAY, latest, practices, objectives, survey,
                BigDecimal.ONE, open));
    }

    private static List<String> rules(List<ServiceProfile.Finding> findings) {
        return findings.stream().map(f -> f.rule() + ":" + f.subject()).toList();
    }

    private static MaturityAssessment assessment(String process, Map<String, Integer> levels, int overall,
            Integer target, LocalDate on) {
        MaturityAssessment a = new MaturityAssessment();
        a.process = process;
        a.levels = new LinkedHashMap<>(levels);
        a.overallLevel = overall;
        a.targetLevel = target;
        a.assessedOn = on;
        return a;
    }

    private static Practice practice(String name, Formality formality, boolean documented) {
        Practice p = new Practice();
        p.process = "Incident Management";
        p.name = name;
        p.formality = formality;
        p.documented = documented;
        return p;
    }

    private static ObjectiveGap objective(String kpiKey, String target, String current, String previous,
            LocalDate due) {
        ObjectiveProjection o = new ObjectiveProjection();
        o.objectiveId = UUID.randomUUID();
        o.name = "objective " + kpiKey;
        o.target.kpiKey = kpiKey;
        o.target.targetValue = new BigDecimal(target);
        o.target.direction = Direction.LOWER_IS_BETTER;
        o.dueDate = due;
        return new ObjectiveGap(o, KpiGap.of(o.target.targetValue, o.target.direction, BigDecimal.ZERO,
                new BigDecimal(current), previous == null ? null : new BigDecimal(previous)), null);
    }

    private static ServiceGapModel.DimensionGap gap5(ServqualDimension d, String gap5) {
        return new ServiceGapModel.DimensionGap(d, 3, null, null, gap5 == null ? null : new BigDecimal(gap5), null, 0,
                null, null, null);
    }

    private static OpenGap open(GapKind kind, String subject, String current, String target, String size) {
        OpenGap g = new OpenGap();
        g.gapKind = kind;
        g.subject = subject;
        g.currentValue = new BigDecimal(current);
        g.targetValue = new BigDecimal(target);
        g.gapSize = new BigDecimal(size);
        return g;
    }
}
