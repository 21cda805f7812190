package org.csi.events.payload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The next improvement cycle began ("How do we keep the momentum going?"). */
public record CycleStarted(
        UUID initiativeId,
        String title,
        int previousCycle,
        int cycle,
        String vision,
        List<UUID> carriedOverObjectiveIds,
        Instant startedAt,
        String actor,
        String onBehalfOf) {

    /** The fields before the actor was added (for code written against them); the new fields stay null. */
    public CycleStarted(UUID initiativeId, String title, int previousCycle, int cycle, String vision,
            List<UUID> carriedOverObjectiveIds, Instant startedAt) {
        this(initiativeId, title, previousCycle, cycle, vision, carriedOverObjectiveIds, startedAt, null, null);
    }
}
