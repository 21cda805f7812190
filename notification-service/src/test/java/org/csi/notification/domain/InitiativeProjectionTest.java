package org.csi.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.Stakeholder;
import org.junit.jupiter.api.Test;

/** The local copy keeps the newest version of an initiative, with its details for templates. */
class InitiativeProjectionTest {

    private static final UUID ID = UUID.randomUUID();

    private static InitiativeDetails version(long version, String title, Stakeholder... stakeholders) {
        return new InitiativeDetails(ID, title, "v", List.of("COST", "SECURITY"), null, null, null, null,
                "owner@example.com", Arrays.asList(stakeholders), null, 1, "ACTIVE", version);
    }

    @Test
    void anOlderVersionArrivingLateChangesNothing() {
        InitiativeProjection p = new InitiativeProjection();
        assertTrue(p.apply(version(3, "Third")));

        assertFalse(p.apply(version(2, "Second")));
        assertEquals("Third", p.title);
        assertEquals("Third", p.details.get("title"));
        assertEquals(3, p.version);
        assertEquals(List.of("COST", "SECURITY"), p.focusAreas);
        assertTrue(p.apply(version(4, "Fourth")));
        assertEquals("Fourth", p.details.get("title"));
    }

    @Test
    void itsContactsAreTheOwnerThenEachStakeholdersEmail() {
        InitiativeProjection p = new InitiativeProjection();
        p.apply(version(1, "T", new Stakeholder("Ann", "ann@example.com", null), new Stakeholder("Bob", null, null)));

        assertEquals(Arrays.asList("owner@example.com", "ann@example.com", null), p.contacts());
    }
}
