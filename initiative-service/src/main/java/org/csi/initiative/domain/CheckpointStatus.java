package org.csi.initiative.domain;

/** PENDING until reviewed; CANCELLED when its cycle ended or the initiative closed before it was reviewed. */
public enum CheckpointStatus {
    PENDING, REVIEWED, CANCELLED
}
