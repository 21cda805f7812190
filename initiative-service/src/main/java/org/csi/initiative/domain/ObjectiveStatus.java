package org.csi.initiative.domain;

/** Where an objective stands after its latest checkpoint review; NOT_REVIEWED until its first one. */
public enum ObjectiveStatus {
    NOT_REVIEWED, ACHIEVED, MISSED, NO_DATA
}
