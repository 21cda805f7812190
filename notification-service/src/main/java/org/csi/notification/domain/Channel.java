package org.csi.notification.domain;

/** How a communication reaches its audience. */
public enum Channel {
    EMAIL, WEBHOOK, FEED
}
