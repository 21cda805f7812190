package org.csi.initiative.service;

import java.util.List;

import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.ObjectiveSip;

/** An objective with the SIPs drafted for it, loaded together so the edge maps them after the transaction. */
public record ObjectiveWithSips(Objective objective, List<ObjectiveSip> sips) {

    static ObjectiveWithSips load(Objective objective) {
        return new ObjectiveWithSips(objective, ObjectiveSip.ofObjective(objective.id));
    }
}
