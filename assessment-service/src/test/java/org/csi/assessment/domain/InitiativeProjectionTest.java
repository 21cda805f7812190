package org.csi.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.csi.events.payload.InitiativeDetails;
import org.junit.jupiter.api.Test;

/** The local copy of an initiative takes its scope and status, and never goes back to an older version. */
class InitiativeProjectionTest {

    private static final UUID ID = UUID.randomUUID();

    @Test
    void takesTheSharedFieldsAndTheScopeAndStatus() {
        InitiativeProjection copy = new InitiativeProjection();

        assertTrue(copy.apply(details(1, List.of("email"), "ACTIVE")));

        assertEquals(ID, copy.initiativeId);
        assertEquals("Faster restores", copy.title);
        assertEquals("owner@example.com", copy.owner);
        assertEquals("SERVICE_QUALITY", copy.primaryFocusArea());
        assertEquals(List.of("email"), copy.services);
        assertEquals(List.of("Incident Management"), copy.processes);
        assertEquals("ACTIVE", copy.status);
        assertEquals(1, copy.version);
    }

    @Test
    void anOlderVersionArrivingLateIsIgnored() {
        InitiativeProjection copy = new InitiativeProjection();
        copy.apply(details(3, List.of("email", "web"), "CLOSED"));

        assertFalse(copy.apply(details(2, List.of("email"), "ACTIVE")));

        assertEquals(List.of("email", "web"), copy.services);
        assertEquals("CLOSED", copy.status);
        assertEquals(3, copy.version);
    }

    @Test
    void missingListsAreEmpty() {
        InitiativeProjection copy = new InitiativeProjection();

        copy.apply(new InitiativeDetails(ID, "t", null, null, null, null, null, null, null, null, null, 1, "ACTIVE", 1));

        assertEquals(List.of(), copy.services);
        assertEquals(List.of(), copy.processes);
        assertEquals(null, copy.primaryFocusArea());
    }

    private static InitiativeDetails details(long version, List<String> services, String status) {
        return new InitiativeDetails(ID, "Faster restores", "vision", List.of("SERVICE_QUALITY"), "approach", "DESIGN",
                services, List.of("Incident Management"), "owner@example.com", List.of(), "P1M", 1, status, version);
    }
}
