package org.csi.assessment.domain;

/** Who made the assessment: the process team itself, with a facilitator, or an external assessor. */
public enum AssessmentType {
    SELF, FACILITATED, EXTERNAL
}
