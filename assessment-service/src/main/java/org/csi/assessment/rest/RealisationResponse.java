package org.csi.assessment.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.assessment.service.RealisationService;
import org.csi.platform.domain.Direction;
import org.csi.platform.value.BenefitValue;
import org.csi.platform.value.MoneyValue;
import org.csi.platform.value.Roi;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Realisation", description = "The benefit of a completed SIP re-measured from its KPI: the mean over "
        + "the window before the SIP (the N days before its approval) against the mean after its completion (up to "
        + "now); effectiveness = share of the gap to the target closed; ROI = realised money per year over the cost.")
public record RealisationResponse(
        @Schema(example = "0b7d3c2a-6e1f-4a8b-9c0d-2e3f4a5b6c7d") UUID sipId,
        @Schema(example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c4e10") UUID initiativeId,
        @Schema(example = "8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61") UUID objectiveId,
        @Schema(example = "Cut e-mail restore time") String title,
        @Schema(example = "email") String service,
        @Schema(example = "incident.mttr.hours") String kpiKey,
        @Schema(example = "LOWER_IS_BETTER") Direction direction,
        @Schema(example = "8") BigDecimal baselineValue,
        @Schema(example = "4") BigDecimal targetValue,
        Instant approvedAt,
        Instant completedAt,
        @Schema(description = "Start of the window before (inclusive).") Instant beforeFrom,
        @Schema(description = "End of the window before (exclusive): the approval.") Instant beforeTo,
        @Schema(description = "Mean before; null without measurements.", example = "8") BigDecimal beforeMean,
        @Schema(example = "12") int beforeCount,
        @Schema(description = "Start of the window after (exclusive): the completion.") Instant afterFrom,
        @Schema(description = "End of the window after (inclusive): now.") Instant afterTo,
        @Schema(description = "Mean after; null without measurements.", example = "5") BigDecimal afterMean,
        @Schema(example = "9") int afterCount,
        @Schema(description = "Share of the gap closed (1 = closed, 0 = no change, negative = worse); null when a mean "
                + "is missing or there was no gap before.", example = "0.75") BigDecimal effectiveness,
        @Schema(description = "Effectiveness in percent, rounded.", example = "75") BigDecimal gapClosedPercent,
        @Schema(description = "Benefits recorded at completion.") List<BenefitValue> realisedBenefits,
        MoneyValue cost,
        @Schema(description = "Realised money per year over the cost; null unless both are given.", example = "2.25")
        BigDecimal realisedRoi,
        @Schema(description = "Effectiveness as last re-measured at a checkpoint (csi.benefit.measured).",
                example = "0.7") BigDecimal lastEffectiveness,
        Instant lastMeasuredAt) {

    static RealisationResponse of(RealisationService.Measured m) {
        var s = m.sip();
        var r = m.realisation();
        return new RealisationResponse(s.sipId, s.initiativeId, s.objectiveId, s.title, s.service, s.kpiKey,
                s.direction, s.baselineValue, s.targetValue, s.approvedAt, s.completedAt, r.beforeFrom(), r.beforeTo(),
                r.beforeMean(), r.beforeCount(), r.afterFrom(), r.afterTo(), r.afterMean(), r.afterCount(),
                r.effectiveness(), r.effectiveness() == null ? null
                        : r.effectiveness().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP),
                s.realisedBenefits, s.costAmount == null ? null : new MoneyValue(s.costAmount, s.costCurrency),
                Roi.perYear(s.realisedBenefits, s.costAmount, s.costCurrency), s.lastEffectiveness, s.lastMeasuredAt);
    }
}
