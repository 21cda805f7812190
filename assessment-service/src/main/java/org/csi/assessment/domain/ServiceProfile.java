package org.csi.assessment.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The portfolio view of a service. The rules (each finding names its rule):
 * <ul>
 * <li>strengths: MATURITY_AT_OR_ABOVE_4 (latest overall level of a process >= 4), KPI_TARGET_MET (an objective's KPI
 * meets its target), SERVQUAL_MEETS_EXPECTATION (gap 5 of a dimension >= 0);</li>
 * <li>weaknesses: MATURITY_DIMENSION_AT_OR_BELOW_1, MATURITY_BELOW_TARGET, SERVQUAL_GAP5_BEYOND_THRESHOLD, PRACTICE_AD_HOC,
 * PRACTICE_UNDOCUMENTED;</li>
 * <li>risks: KPI_WORSENING (latest value worse than the one before), TARGET_DUE_WITH_GAP (a KPI gap beyond tolerance
 * with its due date passed or within 90 days), MATURITY_ASSESSMENT_STALE (latest assessment older than 365 days);</li>
 * <li>priorities: the open gaps, ranked by severity = gap size relative to the scale: KPI gap / |target| (gap itself when
 * the target is 0), maturity gap / 5, SERVQUAL gap / 6 (the width of the 1-7 scale), a gap 3 or 4 of a KPI / |its
 * committed level|.</li>
 * </ul>
 */
public record ServiceProfile(String service, List<Finding> strengths, List<Finding> weaknesses, List<Finding> risks,
        List<Finding> priorities) {

    static final int DUE_SOON_DAYS = 90;
    static final int STALE_DAYS = 365;

    /** @param severity priorities only: the relative size of the gap, the ranking key */
    public record Finding(String rule, String subject, String detail, BigDecimal severity) {

        static Finding of(String rule, String subject, String detail) {
            return new Finding(rule, subject, detail, null);
        }
    }

    /** What the profile of a service is derived from, as of {@code today}. */
    public record Facts(String service, LocalDate today, List<MaturityAssessment> latestAssessments,
            List<Practice> practices, List<ObjectiveGap> objectives, ServiceGapModel.Result servqual,
            BigDecimal servqualThreshold, List<OpenGap> openGaps) {
    }

    public static ServiceProfile of(Facts facts) {
        List<Finding> strengths = new ArrayList<>();
        List<Finding> weaknesses = new ArrayList<>();
        List<Finding> risks = new ArrayList<>();
        LocalDate today = facts.today();

        for (MaturityAssessment a : facts.latestAssessments()) {
            if (a.overallLevel >= 4) {
                strengths.add(Finding.of("MATURITY_AT_OR_ABOVE_4", a.process, "overall level " + a.overallLevel));
            }
            a.levels.forEach((dimension, level) -> {
                if (level <= 1) {
                    weaknesses.add(Finding.of("MATURITY_DIMENSION_AT_OR_BELOW_1", a.process,
                            dimension + " is at level " + level));
                }
            });
            if (a.targetLevel != null && a.overallLevel < a.targetLevel) {
                weaknesses.add(Finding.of("MATURITY_BELOW_TARGET", a.process,
                        "overall level " + a.overallLevel + ", target " + a.targetLevel));
            }
            if (a.assessedOn.isBefore(today.minusDays(STALE_DAYS))) {
                risks.add(Finding.of("MATURITY_ASSESSMENT_STALE", a.process, "last assessed on " + a.assessedOn));
            }
        }

        for (Practice p : facts.practices()) {
            if (p.formality == Formality.AD_HOC) {
                weaknesses.add(Finding.of("PRACTICE_AD_HOC", p.process + ": " + p.name, "done ad hoc"));
            } else if (!p.documented) {
                weaknesses.add(Finding.of("PRACTICE_UNDOCUMENTED", p.process + ": " + p.name,
                        p.formality + " but not documented"));
            }
        }

        for (ObjectiveGap standing : facts.objectives()) {
            ObjectiveProjection o = standing.objective();
            KpiGap gap = standing.gap();
            String subject = o.target.kpiKey + " (" + o.name + ")";
            if (gap.status() == KpiGap.Status.MET) {
                strengths.add(Finding.of("KPI_TARGET_MET", subject, "current " + plain(gap.current()) + ", target "
                        + plain(o.target.targetValue)));
            }
            if (gap.trend() == KpiGap.Trend.WORSENING) {
                risks.add(Finding.of("KPI_WORSENING", subject,
                        "from " + plain(gap.previous()) + " to " + plain(gap.current())));
            }
            if (gap.status() == KpiGap.Status.GAP && o.dueDate != null
                    && !o.dueDate.isAfter(today.plusDays(DUE_SOON_DAYS))) {
                risks.add(Finding.of("TARGET_DUE_WITH_GAP", subject, "due " + o.dueDate + ", still "
                        + plain(gap.gapSize()) + " short"));
            }
        }

        for (ServiceGapModel.DimensionGap d : facts.servqual().dimensions()) {
            if (d.gap5() == null) {
                continue;
            }
            if (d.gap5().signum() >= 0) {
                strengths.add(Finding.of("SERVQUAL_MEETS_EXPECTATION", d.dimension().name(), "gap 5 = " + plain(d.gap5())));
            } else if (d.gap5Beyond(facts.servqualThreshold())) {
                weaknesses.add(Finding.of("SERVQUAL_GAP5_BEYOND_THRESHOLD", d.dimension().name(),
                        "gap 5 = " + plain(d.gap5())));
            }
        }

        List<Finding> priorities = new ArrayList<>();
        for (OpenGap g : facts.openGaps()) {
            priorities.add(new Finding("OPEN_GAP_" + g.gapKind, g.subject, "current " + plain(g.currentValue)
                    + ", target " + plain(g.targetValue) + ", gap " + plain(g.gapSize), severity(g)));
        }
        priorities.sort(Comparator.comparing(Finding::severity).reversed());
        return new ServiceProfile(facts.service(), strengths, weaknesses, risks, priorities);
    }

    static BigDecimal severity(OpenGap g) {
        BigDecimal scale = switch (g.gapKind) {
            case KPI -> g.targetValue.signum() == 0 ? BigDecimal.ONE : g.targetValue.abs();
            case MATURITY -> BigDecimal.valueOf(5);
            case SERVICE_GAP_1, SERVICE_GAP_5 -> BigDecimal.valueOf(6);
            // gaps 2-4: a dimension on the 1-7 scale, or (gaps 3 and 4) a KPI relative to its committed level
            case SERVICE_GAP_2, SERVICE_GAP_3, SERVICE_GAP_4 -> isDimension(g.subject) ? BigDecimal.valueOf(6)
                    : g.targetValue.signum() == 0 ? BigDecimal.ONE : g.targetValue.abs();
        };
        return Decimals.plain(g.gapSize.divide(scale, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP));
    }

    private static boolean isDimension(String subject) {
        for (ServqualDimension d : ServqualDimension.values()) {
            if (d.name().equals(subject)) {
                return true;
            }
        }
        return false;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "n/a" : value.stripTrailingZeros().toPlainString();
    }
}
