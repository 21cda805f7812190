package org.csi.initiative.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.Checkpoint;
import org.csi.initiative.domain.CheckpointResult;
import org.csi.initiative.domain.CheckpointStatus;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.MeasurementProjection;
import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.SipProjection;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotFoundException;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** "Which objectives have been achieved, which haven't?" Read side over objectives, reviews and measurements. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

    public CycleProgress progress(UUID initiativeId, Integer requestedCycle) {
        Initiative initiative = Initiative.<Initiative>findByIdOptional(initiativeId)
                .orElseThrow(() -> new NotFoundException("Initiative", initiativeId));
        int cycle = requestedCycle == null ? initiative.cycle : requestedCycle;
        if (cycle < 1 || cycle > initiative.cycle) {
            throw new InvalidException("cycle", "must be between 1 and " + initiative.cycle);
        }
        List<Checkpoint> reviewed = Checkpoint.list("initiativeId = ?1 and cycle = ?2 and status = ?3",
                Sort.ascending("reviewedAt", "id"), initiativeId, cycle, CheckpointStatus.REVIEWED);
        List<CycleProgress.Entry> objectives = new ArrayList<>();
        for (Objective o : Objective.ofCycle(initiativeId, cycle)) {
            List<CycleProgress.Review> reviews = new ArrayList<>();
            for (Checkpoint checkpoint : reviewed) {
                for (CheckpointResult r : checkpoint.results) {
                    if (r.objectiveId.equals(o.id)) {
                        reviews.add(new CycleProgress.Review(checkpoint, r));
                    }
                }
            }
            objectives.add(new CycleProgress.Entry(o, MeasurementProjection.of(o.target).orElse(null),
                    SipProjection.ofObjective(o.id), reviews));
        }
        return new CycleProgress(initiative, cycle, objectives);
    }
}
