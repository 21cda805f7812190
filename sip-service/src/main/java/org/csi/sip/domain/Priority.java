package org.csi.sip.domain;

/** How urgently a SIP must be carried through; see {@link PriorityRule} for how a draft gets it. */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW
}
