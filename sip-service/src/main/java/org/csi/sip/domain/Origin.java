package org.csi.sip.domain;

/**
 * What made the SIP: a missed target, an identified gap, a person, or a regression (the KPI of an achieved objective,
 * or of one whose SIP completed, slid back outside its tolerance: csi.target.regressed).
 */
public enum Origin {
    TARGET_MISSED, GAP_IDENTIFIED, MANUAL, REGRESSION
}
