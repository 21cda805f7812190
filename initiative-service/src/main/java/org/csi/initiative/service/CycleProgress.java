package org.csi.initiative.service;

import java.util.List;

import org.csi.initiative.domain.Checkpoint;
import org.csi.initiative.domain.CheckpointResult;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.MeasurementProjection;
import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.SipProjection;
import org.csi.initiative.domain.ObjectiveStatus;

/**
 * "Which objectives have been achieved, which haven't?": the objectives of one cycle, each with the newest measurement
 * of its KPI (null when none), its SIPs and its results at the reviewed checkpoints, oldest first.
 */
public record CycleProgress(Initiative initiative, int cycle, List<Entry> objectives) {

    /** How many objectives of the cycle stand at {@code status}. */
    public long count(ObjectiveStatus status) {
        return objectives.stream().filter(e -> e.objective().status == status).count();
    }

    public record Entry(Objective objective, MeasurementProjection latest, List<SipProjection> sips, List<Review> reviews) {
    }

    /** The objective at one reviewed checkpoint. */
    public record Review(Checkpoint checkpoint, CheckpointResult result) {
    }
}
