package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.csi.events.CsiEventType;
import org.csi.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

/** A plan or subscription may only name event types of the contract; the first unknown one is named by its index. */
class EventTypesTest {

    @Test
    void everyTypeOfTheContractAndNoneAtAllPass() {
        assertDoesNotThrow(() -> EventTypes.check(Arrays.stream(CsiEventType.values()).map(CsiEventType::type)
                .toList(), "eventTypes"));
        assertDoesNotThrow(() -> EventTypes.check(null, "eventTypes"));
        assertDoesNotThrow(() -> EventTypes.check(List.of(), "eventTypes"));
    }

    @Test
    void anUnknownTypeIsA400NamingItsPosition() {
        InvalidException e = assertThrows(InvalidException.class, () -> EventTypes.check(List.of("csi.target.missed",
                "csi.target.Missed", "nope"), "triggers"));

                assertEquals(1, e.violations().size());
        assertEquals("triggers[1]", e.violations().get(0).field());
        assertEquals("unknown event type csi.target.Missed; known are e.g. csi.target.missed, csi.sip.drafted (see the"
                + " AsyncAPI document)", e.violations().get(0).message());
    }
}
