package org.csi.sip.service;

import java.util.List;
import java.util.UUID;

import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLinks;
import org.csi.sip.domain.SipFactory;

/** Add an OPEN action to an open SIP; without an owner the SIP's owner does it. */
public record AddAction(UUID sipId, SipFactory.PlannedAction action, List<ItsmLinks.Given> references, Actor by) {
}
