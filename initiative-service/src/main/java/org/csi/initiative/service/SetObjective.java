package org.csi.initiative.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.Horizon;
import org.csi.platform.domain.Direction;
import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLinks;

/** Add a measurable objective to the initiative's current cycle; a null tolerance is 0. */
public record SetObjective(UUID initiativeId, String name, String kpiKey, String service, String unit,
        BigDecimal baselineValue, BigDecimal targetValue, Direction direction, BigDecimal tolerance, Horizon horizon,
        LocalDate dueDate, List<ItsmLinks.Given> references, Actor by) {
}
