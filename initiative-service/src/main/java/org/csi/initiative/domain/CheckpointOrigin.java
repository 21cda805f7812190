package org.csi.initiative.domain;

/** SCHEDULED checkpoints follow the review cadence (each review schedules the next); EXPLICIT ones were asked for. */
public enum CheckpointOrigin {
    SCHEDULED, EXPLICIT
}
