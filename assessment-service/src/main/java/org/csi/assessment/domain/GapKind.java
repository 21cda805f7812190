package org.csi.assessment.domain;

/** What kind of gap: a KPI short of its target, a process short of its target maturity, or a SERVQUAL gap. */
public enum GapKind {
    KPI, MATURITY, SERVICE_GAP_1, SERVICE_GAP_5
}
