package org.csi.assessment.domain;

/**
 * What kind of gap: a KPI short of its target, a process short of its target maturity, or one of the five gaps of the
 * Service Gap model ({@link ServiceGap}).
 */
public enum GapKind {
    KPI, MATURITY, SERVICE_GAP_1, SERVICE_GAP_5,
    // Service Gap model, gaps 2-4 (issue 17)
    SERVICE_GAP_2, SERVICE_GAP_3, SERVICE_GAP_4
}
