package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A gap between where a service is and where it should be ("How do we get there?"). gapKind is KPI, MATURITY,
 * SERVICE_GAP_1 or SERVICE_GAP_5; kpiKey or dimension says what is short.
 */
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
     * dimension that say what is short.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Names each field where the payload is built; fields left out stay null. */
    public static final class Builder {
        private UUID gapId;
        private String gapKind;
        private UUID initiativeId;
        private UUID objectiveId;
        private String service;
        private String process;
        private String kpiKey;
        private String dimension;
        private BigDecimal currentValue;
        private BigDecimal targetValue;
        private BigDecimal gapSize;
        private String direction;
        private String focusArea;
        private Instant identifiedAt;

        private Builder() {
        }

        public Builder gapId(UUID gapId) {
            this.gapId = gapId;
            return this;
        }

        public Builder gapKind(String gapKind) {
            this.gapKind = gapKind;
            return this;
        }

        public Builder initiativeId(UUID initiativeId) {
            this.initiativeId = initiativeId;
            return this;
        }

        public Builder objectiveId(UUID objectiveId) {
            this.objectiveId = objectiveId;
            return this;
        }

        public Builder service(String service) {
            this.service = service;
            return this;
        }

        public Builder process(String process) {
            this.process = process;
            return this;
        }

        public Builder kpiKey(String kpiKey) {
            this.kpiKey = kpiKey;
            return this;
        }

        public Builder dimension(String dimension) {
            this.dimension = dimension;
            return this;
        }

        public Builder currentValue(BigDecimal currentValue) {
            this.currentValue = currentValue;
            return this;
        }

        public Builder targetValue(BigDecimal targetValue) {
            this.targetValue = targetValue;
            return this;
        }

        public Builder gapSize(BigDecimal gapSize) {
            this.gapSize = gapSize;
            return this;
        }

        public Builder direction(String direction) {
            this.direction = direction;
            return this;
        }

        public Builder focusArea(String focusArea) {
            this.focusArea = focusArea;
            return this;
        }

        public Builder identifiedAt(Instant identifiedAt) {
            this.identifiedAt = identifiedAt;
            return this;
        }

        public GapIdentified build() {
            return new GapIdentified(gapId, gapKind, initiativeId, objectiveId, service, process, kpiKey, dimension, currentValue, targetValue, gapSize, direction, focusArea, identifiedAt);
        }
    }
}
