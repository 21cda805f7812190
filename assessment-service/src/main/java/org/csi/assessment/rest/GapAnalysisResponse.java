package org.csi.assessment.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.assessment.domain.Decimals;
import org.csi.assessment.domain.KpiGap;
import org.csi.assessment.domain.MaturityGap;
import org.csi.assessment.domain.ObjectiveGap;
import org.csi.assessment.domain.ObjectiveProjection;
import org.csi.assessment.service.GapAnalysis;
import org.csi.platform.domain.KpiTarget;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GapAnalysis", description = "Where an initiative's services stand against its targets: each objective's "
        + "target against the latest measurement, and each process in scope against its target maturity.")
public record GapAnalysisResponse(
        @Schema(example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c4e10") UUID initiativeId,
        @Schema(description = "Focus areas of the initiative, when its events were received.",
                example = "[\"SERVICE_QUALITY\"]") List<String> focusAreas,
        List<KpiGapEntry> kpis,
        List<MaturityGapEntry> maturity) {

    @Schema(name = "KpiGapEntry", description = "One objective against the latest measurement.")
    public record KpiGapEntry(
            @Schema(example = "8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61") UUID objectiveId,
            @Schema(example = "Restore e-mail incidents within 4 hours") String name,
            @Schema(example = "email") String service,
            @Schema(example = "incident.mttr.hours") String kpiKey,
            @Schema(example = "hours") String unit,
            @Schema(example = "LOWER_IS_BETTER") String direction,
            @Schema(example = "8") BigDecimal baselineValue,
            @Schema(example = "4") BigDecimal targetValue,
            @Schema(example = "0.5") BigDecimal tolerance,
            @Schema(example = "2027-04-30") LocalDate dueDate,
            @Schema(description = "Latest measured value; null without measurements.", example = "6.5") BigDecimal currentValue,
            @Schema(example = "2026-11-20T08:00:00Z") Instant measuredAt,
            @Schema(description = "The measurement before the latest.", example = "7") BigDecimal previousValue,
            @Schema(description = "How far the current value is short of the target (0 when met).", example = "2.5")
            BigDecimal gapSize,
            @Schema(example = "GAP", enumeration = { "MET", "WITHIN_TOLERANCE", "GAP", "NO_DATA" }) String status,
            @Schema(example = "IMPROVING", enumeration = { "IMPROVING", "WORSENING", "STABLE", "UNKNOWN" }) String trend) {

        static KpiGapEntry of(ObjectiveGap standing) {
            ObjectiveProjection o = standing.objective();
            KpiTarget target = o.target;
            KpiGap gap = standing.gap();
            return new KpiGapEntry(o.objectiveId, o.name, target.service, target.kpiKey, o.unit,
                    target.direction.name(), Decimals.plain(target.baselineValue), Decimals.plain(target.targetValue),
                    Decimals.plain(target.tolerance), o.dueDate, Decimals.plain(gap.current()), standing.measuredAt(),
                    Decimals.plain(gap.previous()), Decimals.plain(gap.gapSize()), gap.status().name(),
                    gap.trend().name());
        }
    }

    @Schema(name = "MaturityGapEntry", description = "One process in the initiative's scope against its target level.")
    public record MaturityGapEntry(
            @Schema(example = "Incident Management") String process,
            @Schema(example = "email") String service,
            @Schema(example = "2") Integer currentLevel,
            @Schema(example = "3") Integer targetLevel,
            @Schema(example = "1") Integer gapSize,
            @Schema(example = "2026-11-20") LocalDate assessedOn,
            @Schema(description = "Overall level of the assessment before.", example = "1") Integer previousLevel,
            @Schema(example = "GAP", enumeration = { "MET", "GAP", "NO_TARGET", "NO_DATA" }) String status,
            @Schema(example = "IMPROVING", enumeration = { "IMPROVING", "WORSENING", "STABLE", "UNKNOWN" }) String trend) {

        static MaturityGapEntry of(MaturityGap g) {
            return new MaturityGapEntry(g.process(), g.service(), g.currentLevel(), g.targetLevel(), g.gapSize(),
                    g.assessedOn(), g.previousLevel(), g.status().name(), g.trend().name());
        }
    }

    public static GapAnalysisResponse of(GapAnalysis analysis) {
        return new GapAnalysisResponse(analysis.initiativeId(), analysis.focusAreas(),
                analysis.kpis().stream().map(KpiGapEntry::of).toList(),
                analysis.maturity().stream().map(MaturityGapEntry::of).toList());
    }
}
