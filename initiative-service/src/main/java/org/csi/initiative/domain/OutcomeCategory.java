package org.csi.initiative.domain;

/** What kind of value a closed initiative was about (value, issue 17). */
public enum OutcomeCategory {
    COST_REDUCTION, TIME_SAVING, CUSTOMER_SATISFACTION, QUALITY, RISK_REDUCTION, COMPLIANCE, OTHER
}
