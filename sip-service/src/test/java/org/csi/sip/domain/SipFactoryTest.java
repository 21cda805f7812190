package org.csi.sip.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.events.payload.GapIdentified;
import org.csi.events.payload.TargetOutcome;
import org.csi.platform.domain.Direction;
import org.csi.platform.identity.Actor;
import org.csi.sip.config.DraftingRules.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One construction path for the three triggers of a SIP: a missed target, an identified gap, a person. */
class SipFactoryTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");
    private static final UUID EVENT = UUID.fromString("0b7d3c2a-6e1f-4a8b-9c0d-2e3f4a5b6c7d");

    static SipFactory factory;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SipFactoryTest.class.getClassLoader()
                .getResourceAsStream("sip-templates/drafting.json")) {
            Rules rules = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Rules.class);
            factory = new SipFactory(rules, NOW);
        }
    }

    static TargetOutcome miss(String actual) {
        return new TargetOutcome(UUID.randomUUID(), "Stabilise e-mail", 2, List.of("SERVICE_QUALITY"), "owner@x",
                UUID.randomUUID(), "Restore e-mail incidents within 4 hours", "incident.mttr.hours", "email", "hours",
                new BigDecimal("8"), new BigDecimal("4"), actual == null ? null : new BigDecimal(actual),
                "LOWER_IS_BETTER", null, UUID.randomUUID(), Instant.parse("2026-12-01T12:00:00Z"));
    }

    static GapIdentified maturityGap(String size) {
        return new GapIdentified(UUID.randomUUID(), "MATURITY", UUID.randomUUID(), null, "email", "Problem Management",
                " ", null, new BigDecimal("2"), new BigDecimal("3"), new BigDecimal(size), "HIGHER_IS_BETTER", null,
                Instant.parse("2026-11-30T08:00:00Z"));
    }

    @Test
    void aMissedTargetDraftsAKpiSipWithItsGapPriorityDateActionsAndFirstOccurrence() {
        TargetOutcome miss = miss("6.5");
        Sip sip = factory.targetMissed(EVENT, miss, List.of(FocusArea.SERVICE_QUALITY), "owner@x");

        assertEquals(Origin.TARGET_MISSED, sip.origin);
        assertEquals(EVENT, sip.originEventId);
        assertEquals(GapKind.KPI, sip.gapKind);
        assertEquals("Restore e-mail incidents within 4 hours: target missed on email", sip.title);
        assertEquals("Drafted from checkpoint " + miss.checkpointId() + " of cycle 2: incident.mttr.hours was 6.5 "
                + "against a target of 4 hours.", sip.description);
        assertEquals(miss.initiativeId(), sip.initiativeId);
        assertEquals("Stabilise e-mail", sip.initiativeTitle);
        assertEquals(2, sip.cycle);
        assertEquals(miss.objectiveId(), sip.objectiveId);
        assertEquals(new BigDecimal("8"), sip.baselineValue);
        assertEquals(new BigDecimal("2.5"), sip.gapSize);
        assertEquals(Direction.LOWER_IS_BETTER, sip.direction);
        assertEquals(Priority.CRITICAL, sip.priority, "2.5/4 x 1.2 = 0.75");
        assertEquals(TODAY.plusDays(30), sip.targetCompletionDate, "CRITICAL: 30 days");
        assertFalse(sip.actions.isEmpty(), "proposed actions from the templates");
        assertTrue(sip.actions.stream().allMatch(a -> a.owner.equals("owner@x")
                && a.dueDate.equals(sip.targetCompletionDate) && a.status == ActionStatus.OPEN));
        assertDraftBy(sip, "sip-service", null);

        SipOccurrence first = sip.occurrences.get(0);
        assertSame(sip, first.sip);
        assertEquals(Origin.TARGET_MISSED, first.kind);
        assertEquals(miss.checkpointId(), first.checkpointId);
        assertEquals(new BigDecimal("2.5"), first.gapSize);
        assertEquals(miss.reviewedAt(), first.observedAt);
        assertEquals(NOW, first.recordedAt);
    }

    @Test
    void aMissWithoutAMeasuredValueHasNoGapSizeAndNamesItNotMeasured() {
        Sip sip = factory.targetMissed(EVENT, miss(null), List.of(), "owner@x");
        assertNull(sip.gapSize);
        assertNull(SipFactory.shortfall(miss(null)));
        assertTrue(sip.description.contains("was not measured"), sip.description);
        assertEquals(new BigDecimal("0.5"), SipFactory.shortfall(miss("4.5")));
    }

    @Test
    void aGapDraftTakesItsInitiativeFromTheProjectionAndSizesTheGapAbsolutely() {
        GapIdentified gap = maturityGap("-1");
        InitiativeProjection initiative = new InitiativeProjection();
        initiative.title = "Problem Management uplift";
        initiative.cycle = 3;
        Instant observed = gap.identifiedAt();
        Sip sip = factory.gapIdentified(EVENT, gap, "Problem Management", List.of(FocusArea.COMPLIANCE), initiative,
                "slm@x", observed);

        assertEquals(Origin.GAP_IDENTIFIED, sip.origin);
        assertEquals(GapKind.MATURITY, sip.gapKind);
        assertEquals("Maturity gap: Problem Management on email", sip.title);
        assertEquals("Drafted from gap " + gap.gapId() + ": Problem Management is 2 against a target of 3.",
                sip.description);
        assertEquals("Problem Management uplift", sip.initiativeTitle);
        assertEquals(3, sip.cycle);
        assertEquals("Problem Management", sip.process);
        assertNull(sip.kpiKey, "a blank kpiKey is no kpiKey");
        assertEquals(new BigDecimal("1"), sip.gapSize);
        assertEquals(new BigDecimal("2"), sip.actualValue);
        assertEquals("slm@x", sip.owner);
        assertDraftBy(sip, "sip-service", null);
        assertEquals(gap.gapId(), sip.occurrences.get(0).gapId);
        assertEquals(observed, sip.occurrences.get(0).observedAt);

        Sip unknown = factory.gapIdentified(EVENT, gap, "Problem Management", List.of(), null, "slm@x", observed);
        assertNull(unknown.initiativeTitle);
        assertNull(unknown.cycle);
    }

    @Test
    void aManualSipTakesWhatThePersonGaveAndIsRaisedByThem() {
        SipFactory.Manual plan = new SipFactory.Manual(" Cut restore time ", "why",
                new SipFactory.Scope(null, null, null, null,
                        List.of(FocusArea.SECURITY, FocusArea.SECURITY), " email "),
                new SipFactory.Gap(null, "incident.mttr.hours", null, null, "hours", null, new BigDecimal("4"),
                        new BigDecimal("3"), null, Direction.LOWER_IS_BETTER),
                " maria@x ", null, "faster restores", TODAY.plusDays(10),
                List.of(new SipFactory.PlannedAction(" Write runbook ", null, TODAY.plusDays(5)),
                        new SipFactory.PlannedAction("Train desk", " desk@x ", null)));
        Sip sip = factory.manual(plan, new Actor("admin@x", "maria@x"));

        assertEquals(Origin.MANUAL, sip.origin);
        assertNull(sip.originEventId);
        assertNull(sip.gapKind);
        assertEquals("Cut restore time", sip.title);
        assertEquals("email", sip.service);
        assertEquals("maria@x", sip.owner);
        assertEquals(List.of(FocusArea.SECURITY), sip.focusAreas, "each focus area once");
        assertEquals(0, BigDecimal.ZERO.compareTo(sip.gapSize), "the target is met: no shortfall, never negative");
        assertEquals(Priority.LOW, sip.priority, "derived from the gap (0)");
        assertEquals(TODAY.plusDays(10), sip.targetCompletionDate);
        assertEquals("faster restores", sip.expectedBenefit);
        assertEquals(List.of("Write runbook", "Train desk"), sip.actions.stream().map(a -> a.description).toList());
        assertEquals(List.of("maria@x", "desk@x"), sip.actions.stream().map(a -> a.owner).toList());
        assertTrue(sip.occurrences.isEmpty(), "a person is no trigger to record");
        assertDraftBy(sip, "admin@x", "maria@x");
        assertEquals("raised by hand", sip.transitions.get(0).note);
    }

    @Test
    void aManualSipWithoutPriorityOrSizableGapIsMedium() {
        SipFactory.Manual plan = new SipFactory.Manual("t", null,
                new SipFactory.Scope(null, null, null, null, null, "email"),
                new SipFactory.Gap(null, null, null, null, null, null, new BigDecimal("4"), null, null, null),
                "o", null, null, null, null);
        Sip sip = factory.manual(plan, new Actor("p@x", null));
        assertNull(sip.gapSize);
        assertEquals(Priority.MEDIUM, sip.priority);
        assertTrue(sip.actions.isEmpty());
        assertTrue(sip.focusAreas.isEmpty());

        SipFactory.Manual given = new SipFactory.Manual("t", null, plan.scope(), plan.gap(), "o", Priority.HIGH, null,
                null, List.of());
        assertEquals(Priority.HIGH, factory.manual(given, new Actor("p@x", null)).priority);
    }

    private static void assertDraftBy(Sip sip, String by, String onBehalfOf) {
        assertEquals(SipStatus.DRAFT, sip.status);
        assertEquals(by, sip.createdBy);
        assertEquals(onBehalfOf, sip.createdOnBehalfOf);
        assertEquals(NOW, sip.createdAt);
        assertEquals(NOW, sip.updatedAt);
        assertEquals(1, sip.transitions.size());
        SipTransition first = sip.transitions.get(0);
        assertNull(first.fromStatus);
        assertEquals(SipStatus.DRAFT, first.toStatus);
        assertEquals(by, first.byWhom);
        assertEquals(onBehalfOf, first.onBehalfOf);
        assertEquals(NOW, first.at);
    }

    static GapIdentified serviceGap(int number, String dimension, String kpiKey, String focusArea) {
        return new GapIdentified(UUID.randomUUID(), "SERVICE_GAP_" + number, null, null, "email", null, kpiKey,
                dimension, new BigDecimal("6.5"), new BigDecimal("4"), new BigDecimal("2.5"), "LOWER_IS_BETTER",
                focusArea, Instant.parse("2026-11-30T08:00:00Z"), number, number == 2 ? "DESIGN" : "TRANSITION", "IT");
    }

    @Test
    void aServiceGapWithItsNumberIsDraftedFromTheTemplateOfThatNumber() {
        Sip gap2 = factory.gapIdentified(EVENT, serviceGap(2, "RELIABILITY", null, "SERVICE_QUALITY"), "RELIABILITY",
                List.of(FocusArea.SERVICE_QUALITY), null, "owner@x", null);
        assertEquals(GapKind.SERVICE_GAP_2, gap2.gapKind);
        assertEquals("Specify RELIABILITY of email to what customers expect (service gap 2)", gap2.title);
        assertTrue(gap2.actions.get(1).description.startsWith("Revise the service design"));
        Sip gap3 = factory.gapIdentified(EVENT, serviceGap(3, null, "incident.mttr.hours", "SERVICE_QUALITY"),
                "incident.mttr.hours", List.of(FocusArea.SERVICE_QUALITY), null, "owner@x", null);
        assertEquals("Deliver incident.mttr.hours on email as specified (service gap 3)", gap3.title);
        assertEquals("incident.mttr.hours", gap3.kpiKey);
        assertTrue(gap3.actions.get(0).description.contains("(4, delivered 6.5)"), gap3.actions.get(0).description);
        Sip gap4 = factory.gapIdentified(EVENT, serviceGap(4, null, "incident.mttr.hours", "CUSTOMER_SATISFACTION"),
                "incident.mttr.hours", List.of(FocusArea.CUSTOMER_SATISFACTION), null, "owner@x", null);
        assertEquals("Deliver what customers were promised for incident.mttr.hours on email (service gap 4)",
                gap4.title);
        assertEquals(3, gap4.actions.size(), "only the gap 4 template, not the customer satisfaction one");
        assertTrue(gap4.expectedBenefit.startsWith("What customers of email are told about incident.mttr.hours"));
    }

    @Test
    void aServiceGapWithoutANumberDraftsAsBefore() {
        GapIdentified old = new GapIdentified(UUID.randomUUID(), "SERVICE_GAP_5", null, null, "email", null, null,
                "RELIABILITY", new BigDecimal("4"), new BigDecimal("7"), new BigDecimal("3"), "HIGHER_IS_BETTER",
                "CUSTOMER_SATISFACTION", Instant.parse("2026-11-30T08:00:00Z"));
        Sip sip = factory.gapIdentified(EVENT, old, "RELIABILITY", List.of(FocusArea.CUSTOMER_SATISFACTION), null,
                "owner@x", null);
        assertEquals("Service gap 5 gap: RELIABILITY on email", sip.title);
        assertEquals("Find which moments of email make customers perceive RELIABILITY below their expectation",
                sip.actions.get(0).description);
    }
}
