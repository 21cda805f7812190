package org.csi.initiative.domain;

/** How an initiative ended (value, issue 17), as ServiceNow's Continual Improvement Management records it. */
public enum InitiativeOutcome {
    SUCCESSFUL, UNSUCCESSFUL, WITHDRAWN
}
