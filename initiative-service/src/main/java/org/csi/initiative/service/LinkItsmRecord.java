package org.csi.initiative.service;

import java.util.UUID;

import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLinks;

/** Add a reference to an ITSM record to an initiative (objectiveId null) or one of its objectives; idempotent. */
public record LinkItsmRecord(UUID initiativeId, UUID objectiveId, ItsmLinks.Given reference, Actor by) {
}
