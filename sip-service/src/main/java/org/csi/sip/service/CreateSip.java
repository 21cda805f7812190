package org.csi.sip.service;

import org.csi.platform.identity.Actor;
import org.csi.sip.domain.SipFactory;
import org.csi.sip.domain.SipRatings;

/**
 * Raise a SIP by hand: what the person plans, who raised it (the caller, or whom a csi-admin acted for), and how it
 * is rated for the ranking.
 */
public record CreateSip(SipFactory.Manual plan, Actor by, SipRatings ratings) {

    public CreateSip(SipFactory.Manual plan, Actor by) {
        this(plan, by, SipRatings.NONE);
    }
}
