package org.csi.notification.domain;

/** PENDING until sent or until the attempts are used up. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
