package org.csi.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A process against its target maturity: the latest assessment's overall level against its target level (gap size =
 * max(0, target - overall); status MET, GAP, NO_TARGET without a target level, NO_DATA without an assessment) and the
 * trend against the assessment before it.
 */
public record MaturityGap(String process, String service, Integer currentLevel, Integer targetLevel, Integer gapSize,
        LocalDate assessedOn, Integer previousLevel, Status status, KpiGap.Trend trend) {

    public enum Status {
        MET, GAP, NO_TARGET, NO_DATA
    }

    /** @param newestFirst the assessments of the process that count, newest first */
    public static MaturityGap of(String process, List<MaturityAssessment> newestFirst) {
        if (newestFirst.isEmpty()) {
            return new MaturityGap(process, null, null, null, null, null, null, Status.NO_DATA, KpiGap.Trend.UNKNOWN);
        }
        MaturityAssessment latest = newestFirst.get(0);
        Integer previous = newestFirst.size() > 1 ? newestFirst.get(1).overallLevel : null;
        KpiGap.Trend trend = previous == null ? KpiGap.Trend.UNKNOWN
                : latest.overallLevel > previous ? KpiGap.Trend.IMPROVING
                        : latest.overallLevel < previous ? KpiGap.Trend.WORSENING : KpiGap.Trend.STABLE;
        Integer target = latest.targetLevel;
        Integer gapSize = target == null ? null : Math.max(0, target - latest.overallLevel);
        Status status = target == null ? Status.NO_TARGET : gapSize > 0 ? Status.GAP : Status.MET;
        return new MaturityGap(process, latest.service, latest.overallLevel, target, gapSize, latest.assessedOn,
                previous, status, trend);
    }
}
