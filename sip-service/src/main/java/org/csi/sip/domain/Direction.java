package org.csi.sip.domain;

/** Whether a larger value of the KPI or dimension is better or worse. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
