package org.csi.assessment.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.csi.assessment.domain.KpiGap;
import org.csi.assessment.domain.MaturityAssessment;
import org.csi.assessment.domain.ObjectiveProjection;
import org.csi.assessment.domain.OpenGap;
import org.csi.assessment.domain.Practice;
import org.csi.assessment.domain.ServiceGapModel;
import org.csi.assessment.rest.ServiceProfileResponse;
import org.csi.assessment.rest.ServiceProfileResponse.Finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Derives the portfolio view of a service. The rules (each finding names its rule):
 * <ul>
 * <li>strengths: MATURITY_AT_OR_ABOVE_4 (latest overall level of a process >= 4), KPI_TARGET_MET (an objective's KPI
 * meets its target), SERVQUAL_MEETS_EXPECTATION (gap 5 of a dimension >= 0);</li>
 * <li>weaknesses: MATURITY_DIMENSION_AT_OR_BELOW_1, MATURITY_BELOW_TARGET, SERVQUAL_GAP5_BEYOND_THRESHOLD, PRACTICE_AD_HOC,
 * PRACTICE_UNDOCUMENTED;</li>
 * <li>risks: KPI_WORSENING (latest value worse than the one before), TARGET_DUE_WITH_GAP (a KPI gap beyond tolerance
 * with its due date passed or within 90 days), MATURITY_ASSESSMENT_STALE (latest assessment older than 365 days);</li>
 * <li>priorities: the open gaps, ranked by severity = gap size relative to the scale: KPI gap / |target| (gap itself when
 * the target is 0), maturity gap / 5, SERVQUAL gap / 6 (the width of the 1-7 scale).</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProfileService {

    private static final int DUE_SOON_DAYS = 90;
    private static final int STALE_DAYS = 365;

    private final MaturityService maturity;
    private final PracticeService practices;
    private final GapAnalysisService gapAnalysis;
    private final ServiceGapService serviceGaps;
    private final GapTracker gaps;

    ProfileService(MaturityService maturity, PracticeService practices, GapAnalysisService gapAnalysis,
            ServiceGapService serviceGaps, GapTracker gaps) {
        this.maturity = maturity;
        this.practices = practices;
        this.gapAnalysis = gapAnalysis;
        this.serviceGaps = serviceGaps;
        this.gaps = gaps;
    }

    public ServiceProfileResponse profile(String service) {
        List<Finding> strengths = new ArrayList<>();
        List<Finding> weaknesses = new ArrayList<>();
        List<Finding> risks = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        List<MaturityAssessment> latest = maturity.latestPerProcess(service, null);
        for (MaturityAssessment a : latest) {
            if (a.overallLevel >= 4) {
                strengths.add(finding("MATURITY_AT_OR_ABOVE_4", a.process, "overall level " + a.overallLevel));
            }
            a.levels.forEach((dimension, level) -> {
                if (level <= 1) {
                    weaknesses.add(finding("MATURITY_DIMENSION_AT_OR_BELOW_1", a.process, dimension + " is at level " + level));
                }
            });
            if (a.targetLevel != null && a.overallLevel < a.targetLevel) {
                weaknesses.add(finding("MATURITY_BELOW_TARGET", a.process,
                        "overall level " + a.overallLevel + ", target " + a.targetLevel));
            }
            if (a.assessedOn.isBefore(today.minusDays(STALE_DAYS))) {
                risks.add(finding("MATURITY_ASSESSMENT_STALE", a.process, "last assessed on " + a.assessedOn));
            }
        }

        for (Practice p : practices.ofService(service, latest.stream().map(a -> a.process).toList(), java.time.Instant.now())) {
            if (p.formality == org.csi.assessment.domain.Formality.AD_HOC) {
                weaknesses.add(finding("PRACTICE_AD_HOC", p.process + ": " + p.name, "done ad hoc"));
            } else if (!p.documented) {
                weaknesses.add(finding("PRACTICE_UNDOCUMENTED", p.process + ": " + p.name,
                        p.formality + " but not documented"));
            }
        }

        for (ObjectiveProjection o : ObjectiveProjection.<ObjectiveProjection>list("service", service)) {
            KpiGap gap = gapAnalysis.kpiGap(o);
            String subject = o.kpiKey + " (" + o.name + ")";
            if (gap.status() == KpiGap.Status.MET) {
                strengths.add(finding("KPI_TARGET_MET", subject, "current " + plain(gap.current()) + ", target "
                        + plain(o.targetValue)));
            }
            if (gap.trend() == KpiGap.Trend.WORSENING) {
                risks.add(finding("KPI_WORSENING", subject, "from " + plain(gap.previous()) + " to " + plain(gap.current())));
            }
            if (gap.status() == KpiGap.Status.GAP && o.dueDate != null && !o.dueDate.isAfter(today.plusDays(DUE_SOON_DAYS))) {
                risks.add(finding("TARGET_DUE_WITH_GAP", subject, "due " + o.dueDate + ", still " + plain(gap.gapSize())
                        + " short"));
            }
        }

        ServiceGapModel.Result servqual = serviceGaps.compute(service);
        for (ServiceGapModel.DimensionGap d : servqual.dimensions()) {
            if (d.gap5() == null) {
                continue;
            }
            if (d.gap5().signum() >= 0) {
                strengths.add(finding("SERVQUAL_MEETS_EXPECTATION", d.dimension().name(), "gap 5 = " + plain(d.gap5())));
            } else if (d.gap5().compareTo(serviceGaps.threshold().negate()) < 0) {
                weaknesses.add(finding("SERVQUAL_GAP5_BEYOND_THRESHOLD", d.dimension().name(), "gap 5 = " + plain(d.gap5())));
            }
        }

        List<Finding> priorities = new ArrayList<>();
        for (OpenGap g : gaps.openGaps(service)) {
            priorities.add(new Finding("OPEN_GAP_" + g.gapKind, g.subject, "current " + plain(g.currentValue)
                    + ", target " + plain(g.targetValue) + ", gap " + plain(g.gapSize), severity(g)));
        }
        priorities.sort(Comparator.comparing(Finding::severity).reversed());
        return new ServiceProfileResponse(service, strengths, weaknesses, risks, priorities);
    }

    private static BigDecimal severity(OpenGap g) {
        BigDecimal scale = switch (g.gapKind) {
            case KPI -> g.targetValue.signum() == 0 ? BigDecimal.ONE : g.targetValue.abs();
            case MATURITY -> BigDecimal.valueOf(5);
            case SERVICE_GAP_1, SERVICE_GAP_5 -> BigDecimal.valueOf(6);
        };
        return org.csi.assessment.domain.Decimals.plain(g.gapSize.divide(scale, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP));
    }

    private static Finding finding(String rule, String subject, String detail) {
        return new Finding(rule, subject, detail, null);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "n/a" : value.stripTrailingZeros().toPlainString();
    }
}
