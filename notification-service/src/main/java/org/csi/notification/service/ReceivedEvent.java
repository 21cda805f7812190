package org.csi.notification.service;

import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.notification.domain.PayloadFields;
import org.csi.platform.messaging.IncomingCloudEvent;

/**
 * One consumed CSI event, as the use cases read it: the CloudEvent attributes with the data exactly as received
 * (forwarded verbatim to webhook subscribers), and the payload record the inbox decoded and validated once.
 */
public record ReceivedEvent(IncomingCloudEvent cloudEvent, CsiEventType type, Record payload) {

    public String id() {
        return cloudEvent.id();
    }

    /** The initiative the event is about; null for events without one (measurements, assessments, ...). */
    public UUID initiativeId() {
        return PayloadFields.component(payload, "initiativeId") instanceof UUID id ? id : null;
    }

    /** The payload's {@code owner}, when it has one. */
    public Object owner() {
        return PayloadFields.component(payload, "owner");
    }
}
