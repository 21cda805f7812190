package org.csi.sip.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;

import org.csi.events.payload.InitiativeDetails;
import org.junit.jupiter.api.Test;

/** What is short for each kind of gap, how a title names it, and the initiative copy a gap draft reads. */
class GapKindTest {

    @Test
    void eachKindNamesItsSubjectAndABlankSubjectIsNone() {
        assertEquals("mttr", GapKind.KPI.subject("mttr", "Problem Management", "responsiveness"));
        assertEquals("Problem Management", GapKind.MATURITY.subject("mttr", "Problem Management", "x"));
        assertEquals("responsiveness", GapKind.SERVICE_GAP_1.subject(null, null, "responsiveness"));
        assertEquals("responsiveness", GapKind.SERVICE_GAP_5.subject(null, null, "responsiveness"));
        assertNull(GapKind.MATURITY.subject("mttr", " ", null));
        assertNull(GapKind.KPI.subject(null, "p", "d"));
        assertEquals("responsiveness", GapKind.SERVICE_GAP_2.subject("mttr", null, "responsiveness"));
        assertEquals("RELIABILITY", GapKind.SERVICE_GAP_3.subject("mttr", null, "RELIABILITY"), "a dimension first");
        assertEquals("mttr", GapKind.SERVICE_GAP_4.subject("mttr", null, " "), "else the KPI");
        assertNull(GapKind.SERVICE_GAP_3.subject(null, "p", null));
        assertEquals(List.of("kpiKey", "process", "dimension", "dimension", "dimension", "dimension or kpiKey",
                "dimension or kpiKey"), List.of(GapKind.values()).stream().map(GapKind::subjectField).toList());
        assertEquals(List.of("KPI", "Maturity", "Service gap 1", "Service gap 5", "Service gap 2", "Service gap 3",
                "Service gap 4"), List.of(GapKind.values()).stream().map(GapKind::title).toList());
    }

    @Test
    void theInitiativeCopyKeepsItsCycleAndIgnoresAnOlderVersion() {
        UUID id = UUID.randomUUID();
        InitiativeProjection copy = new InitiativeProjection();
        copy.apply(details(id, "First", 1, 2));
        assertEquals(id, copy.initiativeId);
        assertEquals("First", copy.title);
        assertEquals(1, copy.cycle);
        copy.apply(details(id, "Second", 2, 5));
        assertEquals(2, copy.cycle);
        copy.apply(details(id, "Stale", 1, 3));
        assertEquals("Second", copy.title, "an older version changes nothing");
        assertEquals(2, copy.cycle);
        assertEquals(5, copy.version);
    }

    private static InitiativeDetails details(UUID id, String title, int cycle, long version) {
        return new InitiativeDetails(id, title, "vision", List.of("SECURITY"), "approach", "PLAN", List.of("email"),
                List.of(), "owner@x", List.of(), "MONTHLY", cycle, "ACTIVE", version);
    }
}
