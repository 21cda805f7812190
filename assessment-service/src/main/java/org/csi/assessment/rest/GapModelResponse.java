package org.csi.assessment.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.csi.assessment.domain.Decimals;
import org.csi.assessment.domain.FiveGaps;
import org.csi.assessment.domain.ServiceGap;
import org.csi.assessment.service.GapModelReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceGapModel", description = "The Service Gap model of a service in one response, ready for a "
        + "chart: the five gaps in order, each with where it arises in the lifecycle, who owns it (business or IT), "
        + "what it compares, and one line per SERVQUAL dimension (rating points, 1-7 scale) or, for gaps 3 and 4, per "
        + "KPI (in the KPI's unit). In each line gap = actual - reference; shortfall is how far actual falls short of "
        + "reference (for gap 1 either way); a line whose shortfall exceeds its tolerance is open and was announced "
        + "with csi.gap.identified.")
public record GapModelResponse(
        @Schema(example = "email") String service,
        @Schema(description = "Tolerance of dimension lines, in rating points (csi.assessment.service-gaps.threshold).",
                example = "1") BigDecimal threshold,
        @Schema(description = "Customer SERVQUAL responses (gaps 1, 3, 4, 5).", example = "12") int customerRespondents,
        @Schema(description = "Provider (management) SERVQUAL responses (gaps 1, 2).", example = "2")
        int providerRespondents,
        @Schema(description = "Version of the specification the model used (gaps 2, 3); null when none is recorded.",
                example = "1") Long specificationVersion,
        @Schema(description = "Version of the promise the model used (gap 4); null when none is recorded.",
                example = "1") Long promiseVersion,
        @Schema(description = "Gaps 1 to 5, always all five (a gap without data has no lines).") List<Gap> gaps) {

    @Schema(name = "ServiceGapModelGap")
    public record Gap(
            @Schema(example = "3") int gapNumber,
            @Schema(description = "The gapKind of csi.gap.identified for this gap.", example = "SERVICE_GAP_3")
            String gapKind,
            @Schema(example = "Service specifications vs. the service delivered") String compares,
            @Schema(description = "What the reference side is.", example = "specified level") String reference,
            @Schema(description = "What the actual side is.",
                    example = "delivered: mean customer perception (dimension) or latest measurement (KPI)")
            String actual,
            @Schema(description = "STRATEGY, DESIGN, TRANSITION or OPERATION.", example = "TRANSITION")
            String lifecycleStage,
            @Schema(description = "BUSINESS or IT.", example = "IT") String perspective,
            @Schema(description = "Lines beyond their tolerance.", example = "1") int open,
            List<Line> lines) {
    }

    @Schema(name = "ServiceGapModelLine")
    public record Line(
            @Schema(description = "The dimension or the KPI key.", example = "incident.mttr.hours") String subject,
            @Schema(description = "Set for a dimension line; null for a KPI line.", nullable = true, example = "RELIABILITY") String dimension,
            @Schema(description = "Set for a KPI line.", example = "incident.mttr.hours") String kpiKey,
            @Schema(description = "points for a dimension line (1-7 scale), else the KPI's unit.", example = "hours")
            String unit,
            @Schema(example = "4") BigDecimal reference,
            @Schema(example = "6.5") BigDecimal actual,
            @Schema(description = "actual - reference.", example = "2.5") BigDecimal gap,
            @Schema(description = "How far actual falls short of reference; 0 when it meets it.", example = "2.5")
            BigDecimal shortfall,
            @Schema(example = "0.5") BigDecimal tolerance,
            @Schema(description = "Which way is better (for gap 1: the way management is off).",
                    example = "LOWER_IS_BETTER") String direction,
            @Schema(description = "True when shortfall > tolerance: the gap is open.", example = "true") boolean open) {
    }

    public static GapModelResponse of(GapModelReport report) {
        FiveGaps.Model model = report.model();
        List<Gap> gaps = Arrays.stream(ServiceGap.values()).map(g -> {
            List<Line> lines = model.of(g).stream().map(l -> new Line(l.subject(), l.dimension(), l.kpiKey(),
                    l.dimension() != null ? "points" : l.unit(), l.reference(), l.actual(), l.value(), l.shortfall(),
                    Decimals.plain(l.tolerance()), l.direction().name(), l.beyondTolerance())).toList();
            return new Gap(g.number(), g.kind().name(), g.compares(), g.reference(), g.actual(), g.stage().name(),
                    g.perspective().name(), (int) lines.stream().filter(Line::open).count(), lines);
        }).toList();
        return new GapModelResponse(model.service(), Decimals.plain(model.threshold()), report.customerRespondents(),
                report.providerRespondents(),
                report.specification() == null ? null : report.specification().version,
                report.promise() == null ? null : report.promise().version, gaps);
    }
}
