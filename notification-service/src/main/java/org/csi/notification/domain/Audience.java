package org.csi.notification.domain;

import java.util.List;

/**
 * One audience of a communication plan: who, through which channel, and which event types it wants (empty: all).
 * EMAIL uses {@code addresses}; WEBHOOK uses {@code url} and signs with {@code secret}; FEED needs neither.
 */
public record Audience(String name, AudienceKind kind, Channel channel, List<String> addresses, String url,
        String secret, List<String> eventTypes) {

    public boolean wants(String eventType) {
        return eventTypes == null || eventTypes.isEmpty() || eventTypes.contains(eventType);
    }
}
