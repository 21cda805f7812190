package org.csi.assessment.domain;

/** The five SERVQUAL dimensions of service quality. */
public enum ServqualDimension {
    TANGIBLES, RELIABILITY, RESPONSIVENESS, ASSURANCE, EMPATHY
}
