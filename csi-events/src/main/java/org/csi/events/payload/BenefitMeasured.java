package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The benefit of a completed SIP re-measured from its KPI (value, issue 17): the KPI's mean over the window before the
 * SIP against the mean over the window after its completion, up to a checkpoint; the share of the gap to the target
 * that closed (effectiveness) and, where the SIP states money, its return on investment.
 */
public record BenefitMeasured(
        UUID sipId,
        UUID initiativeId,
        UUID objectiveId,
        UUID checkpointId,
        String service,
        String kpiKey,
        String direction,
        BigDecimal targetValue,
        Instant beforeFrom,
        Instant beforeTo,
        BigDecimal beforeMean,
        int beforeCount,
        Instant afterFrom,
        Instant afterTo,
        BigDecimal afterMean,
        int afterCount,
        BigDecimal effectiveness,
        BigDecimal realisedRoi,
        Instant measuredAt) {
}
