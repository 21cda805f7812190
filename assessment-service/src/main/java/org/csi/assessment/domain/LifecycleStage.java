package org.csi.assessment.domain;

/** The stage of the service lifecycle a gap of the Service Gap model arises in. */
public enum LifecycleStage {
    STRATEGY, DESIGN, TRANSITION, OPERATION
}
