package org.csi.initiative.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.initiative.domain.Checkpoint;
import org.csi.initiative.domain.CheckpointResult;
import org.csi.initiative.domain.CheckpointStatus;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.LatestMeasurement;
import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.ObjectiveSip;
import org.csi.initiative.domain.ObjectiveStatus;
import org.csi.initiative.rest.ObjectiveResponse;
import org.csi.initiative.rest.ProgressResponse;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.NotFoundException;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** "Which objectives have been achieved, which haven't?" Read side over objectives, reviews and measurements. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

    public ProgressResponse progress(UUID initiativeId, Integer requestedCycle) {
        Initiative initiative = Initiative.<Initiative>findByIdOptional(initiativeId)
                .orElseThrow(() -> new NotFoundException("Initiative", initiativeId));
        int cycle = requestedCycle == null ? initiative.cycle : requestedCycle;
        if (cycle < 1 || cycle > initiative.cycle) {
            throw new InvalidException("cycle", "must be between 1 and " + initiative.cycle);
        }
        List<Checkpoint> reviewed = Checkpoint.list("initiativeId = ?1 and cycle = ?2 and status = ?3",
                Sort.ascending("reviewedAt", "id"), initiativeId, cycle, CheckpointStatus.REVIEWED);
        List<ProgressResponse.ObjectiveProgress> objectives = new ArrayList<>();
        long[] counts = new long[ObjectiveStatus.values().length];
        for (Objective o : Objective.ofCycle(initiativeId, cycle)) {
            counts[o.status.ordinal()]++;
            List<ProgressResponse.HistoryEntry> history = new ArrayList<>();
            for (Checkpoint checkpoint : reviewed) {
                for (CheckpointResult r : checkpoint.results) {
                    if (r.objectiveId.equals(o.id)) {
                        history.add(new ProgressResponse.HistoryEntry(checkpoint.id, checkpoint.reviewedAt,
                                r.targetValue, r.actualValue, r.status));
                    }
                }
            }
            Optional<LatestMeasurement> latest = LatestMeasurement.of(o.kpiKey, o.service);
            objectives.add(new ProgressResponse.ObjectiveProgress(o.id, o.name, o.kpiKey, o.service, o.unit,
                    o.direction, o.baselineValue, latest.map(m -> m.value).orElse(null),
                    latest.map(m -> m.measuredAt).orElse(null), o.targetValue, o.tolerance, o.status,
                    o.carriedOverFrom, ObjectiveSip.ofObjective(o.id).stream().map(ObjectiveResponse.SipOutcome::of).toList(),
                    history));
        }
        return new ProgressResponse(initiative.id, initiative.title, cycle, initiative.cycle,
                new ProgressResponse.Summary(counts[ObjectiveStatus.ACHIEVED.ordinal()],
                        counts[ObjectiveStatus.MISSED.ordinal()], counts[ObjectiveStatus.NO_DATA.ordinal()],
                        counts[ObjectiveStatus.NOT_REVIEWED.ordinal()]),
                objectives);
    }
}
