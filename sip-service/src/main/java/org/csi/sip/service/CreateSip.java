package org.csi.sip.service;

import org.csi.platform.identity.Actor;
import org.csi.sip.domain.SipFactory;

/** Raise a SIP by hand: what the person plans, and who raised it (the caller, or whom a csi-admin acted for). */
public record CreateSip(SipFactory.Manual plan, Actor by, org.csi.sip.domain.SipValue value) {

    public CreateSip(SipFactory.Manual plan, Actor by) {
        this(plan, by, org.csi.sip.domain.SipValue.NONE);
    }
}
