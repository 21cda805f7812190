package org.csi.initiative.service;

import org.csi.platform.identity.Actor;

/** Create an initiative in cycle 1, ACTIVE. */
public record CreateInitiative(InitiativeDefinition definition, Actor by,
        java.util.List<org.csi.platform.value.BenefitValue> expectedBenefits) {

    public CreateInitiative(InitiativeDefinition definition, Actor by) {
        this(definition, by, null);
    }

}
