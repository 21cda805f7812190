package org.csi.assessment.rest;

import java.math.BigDecimal;
import java.util.List;

import org.csi.assessment.domain.Decimals;
import org.csi.assessment.service.ServiceGapReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceGaps", description = "SERVQUAL gaps of a service. gap5 = perceived - expected (customers); gap1 "
        + "= management's perception of customer expectations - customer expectations. Negative gap5 means the service "
        + "falls short; a gap whose size exceeds threshold is announced with csi.gap.identified.")
public record ServiceGapResponse(
        @Schema(example = "email") String service,
        @Schema(example = "12") int customerRespondents,
        @Schema(example = "2") int providerRespondents,
        @Schema(description = "Mean gap 5 over the rated dimensions.", example = "-0.6") BigDecimal unweightedGap5,
        @Schema(description = "Gap 5 weighted by the customers' importance points.", example = "-1.3") BigDecimal weightedGap5,
        @Schema(description = "Configured threshold (csi.assessment.service-gaps.threshold).", example = "1.0")
        BigDecimal threshold,
        List<Dimension> dimensions) {

    @Schema(name = "ServiceGapDimension")
    public record Dimension(
            @Schema(example = "RELIABILITY") String dimension,
            @Schema(example = "12") int customerRespondents,
            @Schema(example = "6.5") BigDecimal meanExpectation,
            @Schema(example = "3.5") BigDecimal meanPerception,
            @Schema(example = "-3") BigDecimal gap5,
            @Schema(description = "Importance weight (0-1).", example = "0.4") BigDecimal importanceWeight,
            @Schema(example = "2") int providerRespondents,
            @Schema(description = "Management's mean perception of customer expectations.", example = "5")
            BigDecimal meanProviderExpectation,
            @Schema(example = "5") BigDecimal meanSpecification,
            @Schema(example = "-1.5") BigDecimal gap1,
            @Schema(description = "True when gap 5 is below -threshold.", example = "true") boolean gap5BeyondThreshold,
            @Schema(description = "True when |gap 1| exceeds the threshold.", example = "true") boolean gap1BeyondThreshold) {
    }

    public static ServiceGapResponse of(ServiceGapReport report) {
        var result = report.gaps();
        BigDecimal threshold = report.threshold();
        return new ServiceGapResponse(report.service(), result.customerRespondents(), result.providerRespondents(),
                result.unweightedGap5(), result.weightedGap5(), Decimals.plain(threshold),
                result.dimensions().stream().map(d -> new Dimension(d.dimension().name(), d.customerRespondents(),
                        d.meanExpectation(), d.meanPerception(), d.gap5(), d.importanceWeight(), d.providerRespondents(),
                        d.meanProviderExpectation(), d.meanSpecification(), d.gap1(), d.gap5Beyond(threshold),
                        d.gap1Beyond(threshold))).toList());
    }
}
