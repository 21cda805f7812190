package org.csi.sip.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.platform.identity.Actor;
import org.junit.jupiter.api.Test;

/** How far a SIP has come, when it is overdue, who moved it, and which key orders its events. */
class SipProgressTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private static Sip sip(SipStatus status, ActionStatus... actions) {
        Sip sip = new Sip();
        sip.id = UUID.randomUUID();
        sip.status = status;
        for (ActionStatus action : actions) {
            sip.addAction("action", "owner@example.com", null, NOW).status = action;
        }
        return sip;
    }

    @Test
    void progressIsTheShareOfDoneActionsLeavingDroppedOnesOut() {
        assertNull(sip(SipStatus.DRAFT).progress(), "no actions: no progress to tell");
        assertEquals(new BigDecimal("0.00"), sip(SipStatus.IN_PROGRESS, ActionStatus.OPEN).progress());
        assertEquals(new BigDecimal("0.33"), sip(SipStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.OPEN,
                ActionStatus.OPEN).progress());
        assertEquals(new BigDecimal("0.67"), sip(SipStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DONE,
                ActionStatus.OPEN, ActionStatus.DROPPED).progress());
        assertEquals(new BigDecimal("1.00"), sip(SipStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED)
                .progress());
        assertEquals(BigDecimal.ONE, sip(SipStatus.IN_PROGRESS, ActionStatus.DROPPED).progress(),
                "every action dropped: nothing is left to do");
    }

    @Test
    void actionsArePlacedInOrderAndStartOpen() {
        Sip sip = sip(SipStatus.DRAFT);
        SipAction first = sip.addAction("first", "a@example.com", TODAY, NOW);
        SipAction second = sip.addAction("second", "b@example.com", null, NOW);

        assertEquals(List.of(0, 1), List.of(first.position, second.position));
        assertEquals(ActionStatus.OPEN, second.status);
        assertEquals(sip, second.sip);
    }

    @Test
    void anOpenSipIsOverduePastItsTargetDateOrWithAnOpenActionPastItsDueDate() {
        Sip late = sip(SipStatus.IN_PROGRESS);
        late.targetCompletionDate = TODAY.minusDays(1);
        assertTrue(late.isOverdue(TODAY));
        late.targetCompletionDate = TODAY;
        assertFalse(late.isOverdue(TODAY), "due today is not yet overdue");

        Sip withLateAction = sip(SipStatus.APPROVED);
        SipAction action = withLateAction.addAction("late", "a@example.com", TODAY.minusDays(3), NOW);
        assertTrue(withLateAction.isOverdue(TODAY));
        assertEquals(List.of(action), withLateAction.overdueActions(TODAY));
        action.status = ActionStatus.DONE;
        assertFalse(withLateAction.isOverdue(TODAY), "a done action is never overdue");
        action.status = ActionStatus.DROPPED;
        assertFalse(action.isOverdue(TODAY), "nor a dropped one");

        Sip closed = sip(SipStatus.COMPLETED);
        closed.targetCompletionDate = TODAY.minusDays(30);
        assertFalse(closed.isOverdue(TODAY), "a completed SIP is not overdue");
    }

    @Test
    void theLastMoveToAStatusNamesWhoMadeIt() {
        Sip sip = sip(SipStatus.DRAFT);
        sip.recordTransition(null, SipStatus.DRAFT, Actor.system("sip-service"), NOW, null);
        sip.recordTransition(SipStatus.DRAFT, SipStatus.SUBMITTED, Actor.of("maria"), NOW, null);
        sip.recordTransition(SipStatus.SUBMITTED, SipStatus.APPROVED, new Actor("admin", "cio"), NOW, "ok");

        assertEquals(Optional.of(new Actor("admin", "cio")), sip.lastMovedTo(SipStatus.APPROVED));
        assertEquals(Optional.of(Actor.of("maria")), sip.lastMovedTo(SipStatus.SUBMITTED));
        assertEquals(Optional.empty(), sip.lastMovedTo(SipStatus.COMPLETED));
        assertEquals("cio", sip.transitions.get(2).onBehalfOf);
    }

    @Test
    void theEventsOfASipAreKeyedByItsInitiativeWhenItHasOne() {
        Sip byHand = sip(SipStatus.DRAFT);
        assertEquals(byHand.id, byHand.eventKey());
        byHand.initiativeId = UUID.randomUUID();
        assertEquals(byHand.initiativeId, byHand.eventKey());
    }
}
