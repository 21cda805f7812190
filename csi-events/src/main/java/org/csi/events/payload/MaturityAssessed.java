package org.csi.events.payload;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A process maturity assessment: levels 0-5 per dimension (VISION_AND_STEERING, PROCESS, PEOPLE, TECHNOLOGY, CULTURE). */
public record MaturityAssessed(
        UUID assessmentId,
        String process,
        String service,
        String model,
        String assessmentType,
        String assessor,
        LocalDate assessedOn,
        Map<String, Integer> levels,
        int overallLevel,
        Integer targetLevel,
        String onBehalfOf) {

    /** The fields before the actor was added (for code written against them); the new fields stay null. */
    public MaturityAssessed(UUID assessmentId, String process, String service, String model, String assessmentType,
            String assessor, LocalDate assessedOn, Map<String, Integer> levels, int overallLevel,
            Integer targetLevel) {
        this(assessmentId, process, service, model, assessmentType, assessor, assessedOn, levels, overallLevel,
                targetLevel, null);
    }

    /** A builder naming each field, for the producer's mapping. */
    public static Builder builder() {
        return new Builder();
    }

    /** Names each field where the payload is built; fields left out stay null (0 for overallLevel). */
    public static final class Builder {
        private UUID assessmentId;
        private String process;
        private String service;
        private String model;
        private String assessmentType;
        private String assessor;
        private LocalDate assessedOn;
        private Map<String, Integer> levels;
        private int overallLevel;
        private Integer targetLevel;
        private String onBehalfOf;

        private Builder() {
        }

        public Builder assessmentId(UUID assessmentId) {
            this.assessmentId = assessmentId;
            return this;
        }

        public Builder process(String process) {
            this.process = process;
            return this;
        }

        public Builder service(String service) {
            this.service = service;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder assessmentType(String assessmentType) {
            this.assessmentType = assessmentType;
            return this;
        }

        public Builder assessor(String assessor) {
            this.assessor = assessor;
            return this;
        }

        public Builder assessedOn(LocalDate assessedOn) {
            this.assessedOn = assessedOn;
            return this;
        }

        public Builder levels(Map<String, Integer> levels) {
            this.levels = levels;
            return this;
        }

        public Builder overallLevel(int overallLevel) {
            this.overallLevel = overallLevel;
            return this;
        }

        public Builder targetLevel(Integer targetLevel) {
            this.targetLevel = targetLevel;
            return this;
        }

        public Builder onBehalfOf(String onBehalfOf) {
            this.onBehalfOf = onBehalfOf;
            return this;
        }

        public MaturityAssessed build() {
            return new MaturityAssessed(assessmentId, process, service, model, assessmentType, assessor, assessedOn, levels, overallLevel, targetLevel, onBehalfOf);
        }
    }
}
