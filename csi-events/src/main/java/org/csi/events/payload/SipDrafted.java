package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A Service Improvement Plan was drafted, from a missed target, an identified gap, or by hand (origin). */
public record SipDrafted(
        UUID sipId,
        String title,
        String origin,
        UUID originEventId,
        UUID initiativeId,
        String initiativeTitle,
        Integer cycle,
        UUID objectiveId,
        List<String> focusAreas,
        String service,
        String process,
        String kpiKey,
        String dimension,
        BigDecimal baselineValue,
        BigDecimal targetValue,
        BigDecimal actualValue,
        BigDecimal gapSize,
        String direction,
        String owner,
        String priority,
        List<String> proposedActions,
        String expectedBenefit,
        LocalDate targetCompletionDate) {
}
