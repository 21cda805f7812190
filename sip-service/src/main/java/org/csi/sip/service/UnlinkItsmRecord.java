package org.csi.sip.service;

import java.util.UUID;

import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmRecordKey;

/** Remove the reference to an ITSM record from a SIP (actionId null) or one of its actions. */
public record UnlinkItsmRecord(UUID sipId, UUID actionId, ItsmRecordKey record, Actor by) {
}
