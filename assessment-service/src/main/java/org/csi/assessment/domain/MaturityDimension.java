package org.csi.assessment.domain;

/** The dimensions rated 0-5 in every maturity assessment (ITIL Process Maturity Framework). */
public enum MaturityDimension {
    VISION_AND_STEERING, PROCESS, PEOPLE, TECHNOLOGY, CULTURE
}
