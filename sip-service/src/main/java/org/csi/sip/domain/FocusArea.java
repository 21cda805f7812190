package org.csi.sip.domain;

/** What an improvement is mainly about (the seed: "service quality, compliance, security, costs or customer satisfaction"). */
public enum FocusArea {
    SERVICE_QUALITY, COMPLIANCE, SECURITY, COST, CUSTOMER_SATISFACTION
}
