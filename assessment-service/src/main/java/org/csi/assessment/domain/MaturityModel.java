package org.csi.assessment.domain;

/** Maturity model an assessment follows. */
public enum MaturityModel {
    ITIL_PMF, ITIL4_MATURITY, CMMI
}
