package org.csi.initiative.service;

import java.util.UUID;

import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.identity.Actor;

/** Replace an initiative's definition (not its cycle or status); {@code expected} must name the stored version. */
public record UpdateInitiative(UUID initiativeId, ExpectedVersion expected, InitiativeDefinition definition, Actor by,
        java.util.List<org.csi.platform.value.BenefitValue> expectedBenefits) {

    public UpdateInitiative(UUID initiativeId, ExpectedVersion expected, InitiativeDefinition definition, Actor by) {
        this(initiativeId, expected, definition, by, null);
    }

}
