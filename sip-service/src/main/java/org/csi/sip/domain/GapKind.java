package org.csi.sip.domain;

/**
 * The kind of gap a SIP meets, as assessment-service names it: a KPI short of its target (a missed target is a KPI
 * gap too), a process below its target maturity, or a service gap (1: customer expectation vs. management perception,
 * 5: expected vs. perceived service).
 */
public enum GapKind {
    KPI, MATURITY, SERVICE_GAP_1, SERVICE_GAP_5
}
