package org.csi.sip.service;

import java.util.UUID;

import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.identity.Actor;
import org.csi.sip.domain.SipStatus;

/**
 * Move a SIP on in its lifecycle (submit, approve, start, complete, cancel) to {@code to}, with a note (the result
 * note to complete, the reason to cancel). The expected version is optional here: checked when named.
 */
public record MoveSip(UUID sipId, SipStatus to, ExpectedVersion expected, String note, Actor by,
        java.util.List<org.csi.platform.value.BenefitValue> realisedBenefits) {

    public MoveSip(UUID sipId, SipStatus to, ExpectedVersion expected, String note, Actor by) {
        this(sipId, to, expected, note, by, null);
    }
}
