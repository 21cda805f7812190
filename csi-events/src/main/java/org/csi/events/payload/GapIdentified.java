package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A gap between where a service is and where it should be ("How do we get there?"). gapKind is KPI, MATURITY or
 * SERVICE_GAP_1 to SERVICE_GAP_5; kpiKey, process or dimension says what is short. A service gap (the Service Gap
 * model) also names its gapNumber (1-5), the lifecycleStage it arises in (STRATEGY, DESIGN, TRANSITION, OPERATION) and
 * the perspective that owns it (BUSINESS or IT); the three are null for KPI and MATURITY gaps.
 */
@RecordBuilder
public record GapIdentified(
        UUID gapId,
        String gapKind,
        UUID initiativeId,
        UUID objectiveId,
        String service,
        String process,
        String kpiKey,
        String dimension,
        BigDecimal currentValue,
        BigDecimal targetValue,
        BigDecimal gapSize,
        String direction,
        String focusArea,
        Instant identifiedAt,
        // Service Gap model (issue 17): optional, null for KPI and MATURITY gaps
        Integer gapNumber,
        String lifecycleStage,
        String perspective) {

    /** The fourteen fields before the Service Gap model fields were added; those stay null. */
    public GapIdentified(UUID gapId, String gapKind, UUID initiativeId, UUID objectiveId, String service,
            String process, String kpiKey, String dimension, BigDecimal currentValue, BigDecimal targetValue,
            BigDecimal gapSize, String direction, String focusArea, Instant identifiedAt) {
        this(gapId, gapKind, initiativeId, objectiveId, service, process, kpiKey, dimension, currentValue, targetValue,
                gapSize, direction, focusArea, identifiedAt, null, null, null);
    }

    /**
     * A builder naming each field; a gap sets only those of objectiveId, process, kpiKey and
     * dimension that say what is short. Fields left out stay null.
     */
    public static GapIdentifiedBuilder builder() {
        return GapIdentifiedBuilder.builder();
    }
}
