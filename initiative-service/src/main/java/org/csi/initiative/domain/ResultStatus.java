package org.csi.initiative.domain;

/** How one objective was judged at one checkpoint. */
public enum ResultStatus {
    ACHIEVED, MISSED, NO_DATA;

    public ObjectiveStatus asObjectiveStatus() {
        return ObjectiveStatus.valueOf(name());
    }
}
