package org.csi.initiative.domain;

/** Where an idea stands: SUBMITTED until a manager promotes it, attaches it to an initiative or rejects it. */
public enum IdeaStatus {
    SUBMITTED, PROMOTED, ATTACHED, REJECTED
}
