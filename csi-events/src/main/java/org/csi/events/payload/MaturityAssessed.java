package org.csi.events.payload;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.soabase.recordbuilder.core.RecordBuilder;

/** A process maturity assessment: levels 0-5 per dimension (VISION_AND_STEERING, PROCESS, PEOPLE, TECHNOLOGY, CULTURE). */
@RecordBuilder
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

    /** A builder naming each field, for the producer's mapping; fields left out stay null (0 for overallLevel). */
    public static MaturityAssessedBuilder builder() {
        return MaturityAssessedBuilder.builder();
    }
}
