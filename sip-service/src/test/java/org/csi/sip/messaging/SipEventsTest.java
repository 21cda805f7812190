package org.csi.sip.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.events.payload.SipDrafted;
import org.csi.events.payload.SipTransitioned;
import org.csi.platform.domain.Direction;
import org.csi.platform.identity.Actor;
import org.csi.sip.domain.FocusArea;
import org.csi.sip.domain.GapKind;
import org.csi.sip.domain.Origin;
import org.csi.sip.domain.Priority;
import org.csi.sip.domain.Sip;
import org.csi.sip.domain.SipStatus;
import org.csi.sip.domain.SipTransition;
import org.junit.jupiter.api.Test;

/** How a SIP becomes the payloads of csi.sip.drafted and csi.sip.approved/completed/cancelled, field by field. */
class SipEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private static Sip sip() {
        Sip sip = new Sip();
        sip.id = UUID.randomUUID();
        sip.title = "MTTR: target missed on email";
        sip.origin = Origin.TARGET_MISSED;
        sip.originEventId = UUID.randomUUID();
        sip.gapKind = GapKind.KPI;
        sip.initiativeId = UUID.randomUUID();
        sip.initiativeTitle = "Stabilise e-mail";
        sip.cycle = 2;
        sip.objectiveId = UUID.randomUUID();
        sip.focusAreas.addAll(List.of(FocusArea.SERVICE_QUALITY, FocusArea.COST));
        sip.service = "email";
        sip.process = "Incident Management";
        sip.kpiKey = "incident.mttr.hours";
        sip.dimension = "responsiveness";
        sip.baselineValue = new BigDecimal("8");
        sip.targetValue = new BigDecimal("4");
        sip.actualValue = new BigDecimal("6.5");
        sip.gapSize = new BigDecimal("2.5");
        sip.direction = Direction.LOWER_IS_BETTER;
        sip.owner = "maria@x";
        sip.priority = Priority.CRITICAL;
        sip.expectedBenefit = "faster restores";
        sip.targetCompletionDate = LocalDate.parse("2027-01-01");
        sip.status = SipStatus.DRAFT;
        sip.createdBy = "admin@x";
        sip.createdOnBehalfOf = "maria@x";
        sip.addAction("Write runbook", "maria@x", null, NOW);
        sip.addAction("Train desk", "desk@x", null, NOW);
        return sip;
    }

    @Test
    void draftedCarriesEveryFieldOfTheSip() {
        Sip sip = sip();
        SipDrafted drafted = SipEvents.draftedPayload(sip);
        assertEquals(new SipDrafted(sip.id, sip.title, "TARGET_MISSED", sip.originEventId, sip.initiativeId,
                "Stabilise e-mail", 2, sip.objectiveId, List.of("SERVICE_QUALITY", "COST"), "email",
                "Incident Management", "incident.mttr.hours", "responsiveness", new BigDecimal("8"),
                new BigDecimal("4"), new BigDecimal("6.5"), new BigDecimal("2.5"), "LOWER_IS_BETTER", "maria@x",
                "CRITICAL", List.of("Write runbook", "Train desk"), "faster restores", LocalDate.parse("2027-01-01"),
                "admin@x", "maria@x", List.of(), null, null, null, null, null), drafted);
    }

    @Test
    void draftedLeavesAnUnknownDirectionOut() {
        Sip sip = sip();
        sip.direction = null;
        sip.createdOnBehalfOf = null;
        SipDrafted drafted = SipEvents.draftedPayload(sip);
        assertNull(drafted.direction());
        assertNull(drafted.onBehalfOf());
    }

    @Test
    void transitionedCarriesTheSipAndTheMove() {
        Sip sip = sip();
        sip.references.add(org.csi.platform.itsm.ItsmLink.of(new org.csi.platform.itsm.ItsmRecordKey("servicenow",
                org.csi.platform.itsm.ItsmType.PROBLEM, "PRB0040001"), "https://sn.example.com/PRB0040001",
                "Relay drops mail", "maria@x", NOW));
        SipTransition move = sip.recordTransition(SipStatus.SUBMITTED, SipStatus.APPROVED,
                new Actor("admin@x", "cio@x"), NOW, "budget line 42");
        assertEquals(new SipTransitioned(sip.id, sip.title, sip.initiativeId, sip.objectiveId, "email",
                "incident.mttr.hours", "CRITICAL", "maria@x", "SUBMITTED", "APPROVED", "admin@x", NOW,
                "budget line 42", "cio@x", new java.math.BigDecimal("8"), new java.math.BigDecimal("4"),
                "LOWER_IS_BETTER", NOW, null, null, null, null, null, List.of(new org.csi.events.payload.ItsmReference(
                        "servicenow", "PROBLEM", "PRB0040001", "https://sn.example.com/PRB0040001",
                        "Relay drops mail"))), SipEvents.transitionedPayload(sip, move));

        SipTransition first = sip.recordTransition(null, SipStatus.DRAFT, new Actor("p@x", null), NOW, null);
        assertNull(SipEvents.transitionedPayload(sip, first).previousStatus());
    }

    @Test
    void onlyApprovalCompletionAndCancellationHaveAnEventType() {
        assertEquals(Optional.of(CsiEventType.SIP_APPROVED), SipEvents.typeOf(SipStatus.APPROVED));
        assertEquals(Optional.of(CsiEventType.SIP_COMPLETED), SipEvents.typeOf(SipStatus.COMPLETED));
        assertEquals(Optional.of(CsiEventType.SIP_CANCELLED), SipEvents.typeOf(SipStatus.CANCELLED));
        for (SipStatus internal : List.of(SipStatus.DRAFT, SipStatus.SUBMITTED, SipStatus.IN_PROGRESS)) {
            assertTrue(SipEvents.typeOf(internal).isEmpty(), internal + " is an internal step");
        }
    }
}
