package org.csi.notification.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An audience wants the event types it names, or every type when it names none. */
class AudienceTest {

    private static Audience wanting(List<String> eventTypes) {
        return new Audience("owners", AudienceKind.PROCESS_OWNERS, Channel.EMAIL, List.of("owners@example.com"), null,
                null, eventTypes);
    }

    @Test
    void anAudienceWantsWhatItNames() {
        Audience audience = wanting(List.of("csi.target.missed", "csi.sip.drafted"));

        assertTrue(audience.wants("csi.target.missed"));
        assertTrue(audience.wants("csi.sip.drafted"));
        assertFalse(audience.wants("csi.target.achieved"));
        assertFalse(audience.wants("csi.target.Missed"), "types are compared exactly");
    }

    @Test
    void anAudienceThatNamesNoTypeWantsThemAll() {
        assertTrue(wanting(null).wants("csi.initiative.closed"));
        assertTrue(wanting(List.of()).wants("csi.initiative.closed"));
    }
}
