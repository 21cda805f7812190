package org.csi.assessment.domain;

/** Which way a value improves. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
