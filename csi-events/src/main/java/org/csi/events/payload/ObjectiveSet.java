package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A measurable target was set ("Where do we want to be?"). carriedOverFrom names the objective of an earlier cycle it continues. */
public record ObjectiveSet(
        UUID initiativeId,
        UUID objectiveId,
        int cycle,
        String name,
        String kpiKey,
        String service,
        String unit,
        BigDecimal baselineValue,
        BigDecimal targetValue,
        String direction,
        BigDecimal tolerance,
        String horizon,
        LocalDate dueDate,
        UUID carriedOverFrom,
        String actor,
        String onBehalfOf,
        List<ItsmReference> references) {

    /** The fields before the ITSM references were added; references stay null. */
    public ObjectiveSet(UUID initiativeId, UUID objectiveId, int cycle, String name, String kpiKey, String service,
            String unit, BigDecimal baselineValue, BigDecimal targetValue, String direction, BigDecimal tolerance,
            String horizon, LocalDate dueDate, UUID carriedOverFrom, String actor, String onBehalfOf) {
        this(initiativeId, objectiveId, cycle, name, kpiKey, service, unit, baselineValue, targetValue, direction,
                tolerance, horizon, dueDate, carriedOverFrom, actor, onBehalfOf, null);
    }

    /** The fields before the actor was added (for code written against them); the new fields stay null. */
    public ObjectiveSet(UUID initiativeId, UUID objectiveId, int cycle, String name, String kpiKey, String service,
            String unit, BigDecimal baselineValue, BigDecimal targetValue, String direction, BigDecimal tolerance,
            String horizon, LocalDate dueDate, UUID carriedOverFrom) {
        this(initiativeId, objectiveId, cycle, name, kpiKey, service, unit, baselineValue, targetValue, direction,
                tolerance, horizon, dueDate, carriedOverFrom, null, null, null);
    }
}
