package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.events.payload.GapIdentified;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;

/**
 * csi.gap.identified names a service gap's number, what it compares, its lifecycle stage and perspective; a KPI or
 * maturity gap (none of the three) reads as before.
 */
class GapMessageTest {

    private final MessageComposer composer = new MessageComposer(Engine.builder().addDefaults().build(),
            Optional.empty());
    private final Audience audience = new Audience("staff", AudienceKind.STAFF, Channel.FEED, List.of(), null, null,
            List.of());

    private static GapIdentified gap(String kind, String kpiKey, String dimension, Integer number, String stage,
            String perspective) {
        return new GapIdentified(UUID.randomUUID(), kind, UUID.randomUUID(), null, "email", null, kpiKey, dimension,
                new BigDecimal("6.5"), new BigDecimal("4"), new BigDecimal("2.5"), "LOWER_IS_BETTER", null,
                Instant.parse("2026-11-30T08:00:00Z"), number, stage, perspective);
    }

    @Test
    void eachServiceGapIsNamedByNumberComparisonStageAndPerspective() {
        List<String> expected = List.of(
                "Service gap 1 (expectation vs management perception, STRATEGY, BUSINESS): RELIABILITY for email",
                "Service gap 2 (management perception vs specification, DESIGN, IT): RELIABILITY for email",
                "Service gap 3 (specification vs delivered, TRANSITION, IT): incident.mttr.hours for email",
                "Service gap 4 (promise vs delivered, OPERATION, BUSINESS): incident.mttr.hours for email",
                "Service gap 5 (expectation vs perception, OPERATION, BUSINESS): RELIABILITY for email");
        String[] stages = { "STRATEGY", "DESIGN", "TRANSITION", "OPERATION", "OPERATION" };
        for (int n = 1; n <= 5; n++) {
            boolean kpi = n == 3 || n == 4;
            String perspective = n == 2 || n == 3 ? "IT" : "BUSINESS";
            ComposedMessage m = composer.compose("csi.gap.identified", gap("SERVICE_GAP_" + n,
                    kpi ? "incident.mttr.hours" : null, kpi ? null : "RELIABILITY", n, stages[n - 1], perspective),
                    null, audience);
            assertEquals(expected.get(n - 1), m.subject());
            assertTrue(m.serviceImplications().startsWith("Gap " + n + " of the Service Gap model arises in service "
                    + stages[n - 1] + " and is for the " + perspective + " side to close."), m.serviceImplications());
        }
    }

    @Test
    void aGapWithoutANumberReadsAsBefore() {
        ComposedMessage m = composer.compose("csi.gap.identified",
                gap("KPI", "incident.mttr.hours", null, null, null, null), null, audience);
        assertEquals("Gap identified: incident.mttr.hours for email", m.subject());
        assertTrue(m.serviceImplications().startsWith("A KPI gap was found for email"), m.serviceImplications());
        ComposedMessage stageless = composer.compose("csi.gap.identified",
                gap("SERVICE_GAP_3", "incident.mttr.hours", null, 3, null, null), null, audience);
        assertEquals("Service gap 3 (specification vs delivered): incident.mttr.hours for email", stageless.subject());
    }
}
