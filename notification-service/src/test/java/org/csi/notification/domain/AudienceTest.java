package org.csi.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    private static Audience digesting(List<Channel> digestChannels, DigestCadence cadence) {
        return new Audience("staff", AudienceKind.STAFF, Channel.FEED, List.of(), null, null, List.of(), List.of(),
                List.of(), digestChannels, cadence);
    }

    @Test
    void emptyChannelListsMeanTheDefaultAsOmittedOnesDo() {
        // what an openapi-generator client sends for lists it was not given
        Audience generated = digesting(List.of(), null);
        assertEquals(List.of(Channel.FEED), generated.digestVia());
        assertEquals(List.of(Channel.FEED), generated.immediateVia());
        assertTrue(generated.digests(DigestCadence.DAILY));
        assertEquals(List.of(Channel.FEED), digesting(null, null).digestVia());
        assertEquals(List.of(Channel.EMAIL), digesting(List.of(Channel.EMAIL), null).digestVia());
    }

    @Test
    void cadenceNoneMeansNoDigestOnTheAudienceOrAsThePlansDefault() {
        assertFalse(digesting(null, DigestCadence.NONE).digests(DigestCadence.DAILY));
        assertFalse(digesting(List.of(Channel.FEED), DigestCadence.NONE).digests(DigestCadence.WEEKLY));
        assertFalse(digesting(null, null).digests(DigestCadence.NONE), "the plan's NONE");
        assertTrue(digesting(null, DigestCadence.WEEKLY).digests(DigestCadence.NONE), "its own cadence wins");
        assertThrows(IllegalStateException.class, () -> DigestCadence.NONE.periodStart(java.time.Instant.now()));
        assertThrows(IllegalStateException.class, DigestCadence.NONE::length);
    }
}
