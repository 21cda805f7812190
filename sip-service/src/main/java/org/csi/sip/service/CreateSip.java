package org.csi.sip.service;

import java.util.List;

import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLinks;
import org.csi.sip.domain.SipFactory;
import org.csi.sip.domain.SipRatings;
import org.csi.sip.domain.SipValue;

/**
 * Raise a SIP by hand: what the person plans, who raised it (the caller, or whom a csi-admin acted for), how it is
 * rated for the ranking, what it is expected to bring and cost; the ITSM records the SIP refers to, and per planned
 * action (same order) those the action refers to (null: none).
 */
public record CreateSip(SipFactory.Manual plan, List<ItsmLinks.Given> references,
        List<List<ItsmLinks.Given>> actionReferences, Actor by, SipRatings ratings, SipValue value) {

    public CreateSip(SipFactory.Manual plan, List<ItsmLinks.Given> references,
            List<List<ItsmLinks.Given>> actionReferences, Actor by, SipRatings ratings) {
        this(plan, references, actionReferences, by, ratings, SipValue.NONE);
    }

    public CreateSip(SipFactory.Manual plan, Actor by) {
        this(plan, null, null, by, SipRatings.NONE, SipValue.NONE);
    }

    public CreateSip(SipFactory.Manual plan, Actor by, SipRatings ratings) {
        this(plan, null, null, by, ratings, SipValue.NONE);
    }

    public CreateSip(SipFactory.Manual plan, Actor by, SipValue value) {
        this(plan, null, null, by, SipRatings.NONE, value);
    }
}
