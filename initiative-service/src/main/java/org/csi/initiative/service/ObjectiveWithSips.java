package org.csi.initiative.service;

import java.util.List;

import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.RegressionWatch;
import org.csi.initiative.domain.SipProjection;

/**
 * An objective with the SIPs drafted for it, loaded together so the edge maps them after the transaction; with its
 * regression watch (null when not watched) and the watch settings in force.
 */
public record ObjectiveWithSips(Objective objective, List<SipProjection> sips, RegressionWatch watch,
        RegressionSettings.Effective regression) {

    static ObjectiveWithSips load(Objective objective, RegressionSettings settings) {
        return new ObjectiveWithSips(objective, SipProjection.ofObjective(objective.id),
                RegressionWatch.findById(objective.id), settings.of(objective));
    }
}
