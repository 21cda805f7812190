package org.csi.notification.domain;

public enum CommunicationStatus {
    PENDING, DELIVERED, FAILED
}
