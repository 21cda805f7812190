package org.csi.sip.service;

import java.util.UUID;

import org.csi.platform.identity.Actor;

/** Ask for a change for an OPEN action of an open SIP (csi.change.requested); 409 while an earlier one is pending. */
public record RequestChange(UUID sipId, UUID actionId, String note, Actor by) {
}
