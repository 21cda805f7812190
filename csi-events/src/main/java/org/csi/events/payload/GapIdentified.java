package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A gap between where a service is and where it should be ("How do we get there?"). gapKind is KPI, MATURITY,
 * SERVICE_GAP_1 or SERVICE_GAP_5; kpiKey or dimension says what is short.
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
        Instant identifiedAt) {

    /**
     * A builder naming each of the fourteen fields; a gap sets only those of objectiveId, process, kpiKey and
     * dimension that say what is short. Fields left out stay null.
     */
    public static GapIdentifiedBuilder builder() {
        return GapIdentifiedBuilder.builder();
    }
}
