package org.csi.initiative.domain;

/** The ITIL service lifecycle phase an initiative improves. */
public enum LifecyclePhase {
    SERVICE_STRATEGY, SERVICE_DESIGN, SERVICE_TRANSITION, SERVICE_OPERATION, CONTINUAL_SERVICE_IMPROVEMENT
}
