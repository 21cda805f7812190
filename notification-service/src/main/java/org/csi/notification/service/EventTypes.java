package org.csi.notification.service;

import java.util.List;

import org.csi.events.CsiEventType;
import org.csi.platform.domain.InvalidException;

/** Checks that requested event types are CSI event types of the contract. */
final class EventTypes {

    private EventTypes() {
    }

    static void check(List<String> types, String field) {
        if (types == null) {
            return;
        }
        for (int i = 0; i < types.size(); i++) {
            if (CsiEventType.fromType(types.get(i)).isEmpty()) {
                throw new InvalidException(field + "[" + i + "]", "unknown event type " + types.get(i)
                        + "; known are e.g. csi.target.missed, csi.sip.drafted (see the AsyncAPI document)");
            }
        }
    }
}
