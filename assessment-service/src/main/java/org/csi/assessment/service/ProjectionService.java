package org.csi.assessment.service;

import java.time.Instant;
import java.util.ArrayList;

import org.csi.platform.domain.Direction;
import org.csi.assessment.domain.InitiativeProjection;
import org.csi.assessment.domain.ObjectiveProjection;
import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.ObjectiveSet;
import org.csi.platform.messaging.PoisonEventException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps the local projections of initiative-service's facts that gap analysis needs. */
@ApplicationScoped
@Transactional
public class ProjectionService {

    private final GapAnalysisService gapAnalysis;

    ProjectionService(GapAnalysisService gapAnalysis) {
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
        o.kpiKey = event.kpiKey();
        o.service = event.service();
        o.unit = event.unit();
        o.baselineValue = event.baselineValue();
        o.targetValue = event.targetValue();
        o.direction = direction;
        o.tolerance = event.tolerance();
        o.horizon = event.horizon();
        o.dueDate = event.dueDate();
        o.updatedAt = Instant.now();
        o.persist();
        gapAnalysis.lockSeries(new GapAnalysisService.SeriesKey(o.service, o.kpiKey));
        gapAnalysis.evaluate(o);
    }

    /** created and updated carry the full state; an update older than what is stored is ignored. */
    public void initiativeChanged(InitiativeDetails event) {
        InitiativeProjection i = InitiativeProjection.findById(event.initiativeId());
        if (i == null) {
            i = new InitiativeProjection();
            i.initiativeId = event.initiativeId();
        } else if (i.version > event.version()) {
            return;
        }
        i.title = event.title();
        i.focusAreas = event.focusAreas() == null ? new ArrayList<>() : new ArrayList<>(event.focusAreas());
        i.services = event.services() == null ? new ArrayList<>() : new ArrayList<>(event.services());
        i.processes = event.processes() == null ? new ArrayList<>() : new ArrayList<>(event.processes());
        i.status = event.status();
        i.version = event.version();
        i.updatedAt = Instant.now();
        i.persist();
    }
}
