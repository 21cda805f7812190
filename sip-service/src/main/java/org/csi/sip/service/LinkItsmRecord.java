package org.csi.sip.service;

import java.util.UUID;

import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLinks;

/** Add a reference to an ITSM record to a SIP (actionId null) or one of its actions; idempotent on the record. */
public record LinkItsmRecord(UUID sipId, UUID actionId, ItsmLinks.Given reference, Actor by) {
}
