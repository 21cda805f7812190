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
        LocalDate targetCompletionDate,
        String actor,
        String onBehalfOf) {

    /** The fields before the actor was added (for code written against them); the new fields stay null. */
    public SipDrafted(UUID sipId, String title, String origin, UUID originEventId, UUID initiativeId,
            String initiativeTitle, Integer cycle, UUID objectiveId, List<String> focusAreas, String service,
            String process, String kpiKey, String dimension, BigDecimal baselineValue, BigDecimal targetValue,
            BigDecimal actualValue, BigDecimal gapSize, String direction, String owner, String priority,
            List<String> proposedActions, String expectedBenefit, LocalDate targetCompletionDate) {
        this(sipId, title, origin, originEventId, initiativeId, initiativeTitle, cycle, objectiveId, focusAreas,
                service, process, kpiKey, dimension, baselineValue, targetValue, actualValue, gapSize, direction,
                owner, priority, proposedActions, expectedBenefit, targetCompletionDate, null, null);
    }
}
