package org.csi.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Who did something: the names the four-eyes rules compare, and how an actor is written in notes and logs. */
class ActorTest {

    private static final Actor ALICE = Actor.of("alice");
    private static final Actor ADMIN_FOR_ALICE = new Actor("admin", "alice");
    private static final Actor ADMIN_FOR_BOB = new Actor("admin", "bob");
    private static final Actor BOB = Actor.of("bob");

    @Test
    void anActorNeedsANameAndABlankOnBehalfOfIsNone() {
        assertThrows(NullPointerException.class, () -> new Actor(null, null));
        assertThrows(IllegalArgumentException.class, () -> Actor.of(" "));
        assertNull(new Actor("admin", " ").onBehalfOf());
        assertNull(new Actor("admin", "").onBehalfOf());
        assertEquals(Actor.of("admin"), new Actor("admin", null));
    }

    @Test
    void theNamesAreTheActorAndThePersonActedFor() {
        assertEquals(Set.of("alice"), ALICE.names());
        assertEquals(Set.of("admin", "alice"), ADMIN_FOR_ALICE.names());
        assertEquals(Set.of("scheduler"), Actor.SCHEDULER.names());
    }

    @Test
    void theSamePersonDirectlyOrOnBehalfOfIsOnePerson() {
        assertTrue(ALICE.sharesPersonWith(ALICE));
        assertTrue(ALICE.sharesPersonWith(ADMIN_FOR_ALICE), "an admin acting for alice is alice for four-eyes");
        assertTrue(ADMIN_FOR_ALICE.sharesPersonWith(ALICE));
        assertTrue(ADMIN_FOR_ALICE.sharesPersonWith(ADMIN_FOR_BOB), "and the admin is one person too");
        assertFalse(ALICE.sharesPersonWith(BOB));
        assertFalse(ALICE.sharesPersonWith(ADMIN_FOR_BOB));
        assertFalse(ALICE.sharesPersonWith(null));
    }

    @Test
    void anActorIsWrittenWithThePersonActedFor() {
        assertEquals("alice", ALICE.describe());
        assertEquals("admin on behalf of alice", ADMIN_FOR_ALICE.describe());
    }
}
