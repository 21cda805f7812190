package org.csi.notification.service;

import java.util.UUID;

import org.csi.notification.domain.Channel;
import org.csi.notification.domain.CommunicationStatus;

/** Which communications to list; each filter that is null (or blank) is not applied. */
public record CommunicationQuery(UUID initiativeId, String eventType, CommunicationStatus status, String audience,
        Channel channel) {

    /** The FEED communications of one audience. */
    public static CommunicationQuery feed(String audience) {
        return new CommunicationQuery(null, null, null, audience, Channel.FEED);
    }
}
