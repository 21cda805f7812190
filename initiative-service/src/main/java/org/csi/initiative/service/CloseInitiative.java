package org.csi.initiative.service;

import java.util.UUID;

import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.identity.Actor;

/** End an initiative; {@code reason} is free text and may be null. */
public record CloseInitiative(UUID initiativeId, ExpectedVersion expected, String reason, Actor by,
        org.csi.initiative.domain.InitiativeOutcome outcome, org.csi.initiative.domain.OutcomeCategory outcomeCategory) {

    public CloseInitiative(UUID initiativeId, ExpectedVersion expected, String reason, Actor by) {
        this(initiativeId, expected, reason, by, null, null);
    }
}
