package org.csi.sip.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The life of a SIP, move by move: 36 pairs of statuses, of which exactly these eight are allowed. */
class SipStatusTest {

    private static final Map<SipStatus, Set<SipStatus>> ALLOWED = Map.of(
            SipStatus.DRAFT, EnumSet.of(SipStatus.SUBMITTED, SipStatus.CANCELLED),
            SipStatus.SUBMITTED, EnumSet.of(SipStatus.APPROVED, SipStatus.CANCELLED),
            SipStatus.APPROVED, EnumSet.of(SipStatus.IN_PROGRESS, SipStatus.CANCELLED),
            SipStatus.IN_PROGRESS, EnumSet.of(SipStatus.COMPLETED, SipStatus.CANCELLED),
            SipStatus.COMPLETED, EnumSet.noneOf(SipStatus.class),
            SipStatus.CANCELLED, EnumSet.noneOf(SipStatus.class));

    @Test
    void onlyTheDocumentedMovesAreAllowed() {
        for (SipStatus from : SipStatus.values()) {
            for (SipStatus to : SipStatus.values()) {
                assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void openMeansNotYetCompletedOrCancelledAndIsWhatCanBeCancelled() {
        for (SipStatus status : SipStatus.values()) {
            assertEquals(SipStatus.open().contains(status), status.isOpen(), status.name());
            assertEquals(status.isOpen(), status.canMoveTo(SipStatus.CANCELLED), status.name());
        }
        assertEquals(EnumSet.of(SipStatus.DRAFT, SipStatus.SUBMITTED, SipStatus.APPROVED, SipStatus.IN_PROGRESS),
                EnumSet.copyOf(SipStatus.open()));
    }
}
