package org.csi.initiative.service;

import java.util.List;

import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.SipProjection;

/** An objective with the SIPs drafted for it, loaded together so the edge maps them after the transaction. */
public record ObjectiveWithSips(Objective objective, List<SipProjection> sips) {

    static ObjectiveWithSips load(Objective objective) {
        return new ObjectiveWithSips(objective, SipProjection.ofObjective(objective.id));
    }
}
