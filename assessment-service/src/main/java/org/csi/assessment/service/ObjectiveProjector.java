package org.csi.assessment.service;

import java.time.Instant;

import org.csi.assessment.domain.ObjectiveProjection;
import org.csi.events.payload.ObjectiveSet;
import org.csi.platform.domain.Direction;
import org.csi.platform.messaging.PoisonEventException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps {@link ObjectiveProjection}, the local copy of initiative-service's objectives (csi.objective.set): the targets
 * of the gap analysis.
 */
@ApplicationScoped
@Transactional
public class ObjectiveProjector {

    private final GapAnalysisService gapAnalysis;

    ObjectiveProjector(GapAnalysisService gapAnalysis) {
        this.gapAnalysis = gapAnalysis;
    }

    /** An objective set (or set again) replaces the projected one and is compared with the latest measurement at once. */
    public void objectiveSet(ObjectiveSet event) {
        Direction direction;
        try {
            direction = Direction.valueOf(event.direction());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("objective " + event.objectiveId() + " has no known direction: "
                    + event.direction());
        }
        ObjectiveProjection o = ObjectiveProjection.findById(event.objectiveId());
        if (o == null) {
            o = new ObjectiveProjection();
            o.objectiveId = event.objectiveId();
        }
        o.initiativeId = event.initiativeId();
        o.cycle = event.cycle();
        o.name = event.name();
        o.target.kpiKey = event.kpiKey();
        o.target.service = event.service();
        o.unit = event.unit();
        o.target.baselineValue = event.baselineValue();
        o.target.targetValue = event.targetValue();
        o.target.direction = direction;
        o.target.tolerance = event.tolerance();
        o.horizon = event.horizon();
        o.dueDate = event.dueDate();
        o.updatedAt = Instant.now();
        o.persist();
        gapAnalysis.lockSeries(new GapAnalysisService.SeriesKey(o.target.service, o.target.kpiKey));
        gapAnalysis.evaluate(o);
    }
}
