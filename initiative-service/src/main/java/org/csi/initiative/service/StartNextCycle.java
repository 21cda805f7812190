package org.csi.initiative.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.identity.Actor;

/**
 * End the current cycle and open the next. A null or blank vision keeps the current one; {@code raisedTargets} (never
 * null) lists the achieved objectives that continue with a new target.
 */
public record StartNextCycle(UUID initiativeId, ExpectedVersion expected, String vision,
        List<RaisedTarget> raisedTargets, Actor by) {

    public StartNextCycle {
        raisedTargets = raisedTargets == null ? List.of() : raisedTargets;
    }

    /** An achieved objective continued with a new target; a null baseline, tolerance or due date keeps its default. */
    public record RaisedTarget(UUID objectiveId, BigDecimal targetValue, BigDecimal baselineValue, BigDecimal tolerance,
            LocalDate dueDate) {
    }
}
