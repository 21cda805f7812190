package org.csi.initiative.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.Horizon;
import org.csi.platform.domain.Direction;
import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLinks;

/**
 * Add a measurable objective to the initiative's current cycle; a null tolerance is 0. The regression watch settings
 * (consecutive values, window as ISO-8601 duration) are optional: null takes the service's default.
 */
public record SetObjective(UUID initiativeId, String name, String kpiKey, String service, String unit,
        BigDecimal baselineValue, BigDecimal targetValue, Direction direction, BigDecimal tolerance, Horizon horizon,
        LocalDate dueDate, List<ItsmLinks.Given> references, Actor by,
        Integer regressionConsecutiveValues, String regressionWindow) {

    /** Without regression watch settings (the service's defaults apply). */
    public SetObjective(UUID initiativeId, String name, String kpiKey, String service, String unit,
            BigDecimal baselineValue, BigDecimal targetValue, Direction direction, BigDecimal tolerance,
            Horizon horizon, LocalDate dueDate, List<ItsmLinks.Given> references, Actor by) {
        this(initiativeId, name, kpiKey, service, unit, baselineValue, targetValue, direction, tolerance, horizon,
                dueDate, references, by, null, null);
    }

    /** Without references nor regression watch settings. */
    public SetObjective(UUID initiativeId, String name, String kpiKey, String service, String unit,
            BigDecimal baselineValue, BigDecimal targetValue, Direction direction, BigDecimal tolerance,
            Horizon horizon, LocalDate dueDate, Actor by) {
        this(initiativeId, name, kpiKey, service, unit, baselineValue, targetValue, direction, tolerance, horizon,
                dueDate, null, by, null, null);
    }
}
