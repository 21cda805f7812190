package org.csi.initiative.domain;

public enum InitiativeStatus {
    ACTIVE, CLOSED
}
