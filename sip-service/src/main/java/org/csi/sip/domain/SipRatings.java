package org.csi.sip.domain;

/** Ranking: benefit, effort and risk of a SIP rated 1..5 (the edge checked the range); null: not rated. */
public record SipRatings(Integer benefit, Integer effort, Integer risk) {

    public static final SipRatings NONE = new SipRatings(null, null, null);

    /** Sets the ratings given here on the SIP; those left null stay as they are. */
    public void applyTo(Sip sip) {
        if (benefit != null) {
            sip.benefitRating = benefit;
        }
        if (effort != null) {
            sip.effortRating = effort;
        }
        if (risk != null) {
            sip.riskRating = risk;
        }
    }
}
