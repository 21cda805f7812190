package org.csi.initiative.service;

import org.csi.platform.identity.Actor;

/** Create an initiative in cycle 1, ACTIVE. */
public record CreateInitiative(InitiativeDefinition definition, Actor by) {
}
