package org.csi.initiative.service;

import java.util.UUID;

import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmRecordKey;

/** Remove the reference to an ITSM record from an initiative (objectiveId null) or one of its objectives. */
public record UnlinkItsmRecord(UUID initiativeId, UUID objectiveId, ItsmRecordKey record, Actor by) {
}
