package org.csi.notification.domain;

/** Who an audience is, in the terms of the CSI communication plan. */
public enum AudienceKind {
    CUSTOMERS, STAFF, PROCESS_OWNERS, MANAGEMENT, SERVICE_DESK, STAKEHOLDERS, INTEGRATION
}
