package org.csi.sip.service;

import org.csi.platform.ScoringConfig;
import org.csi.platform.domain.ImprovementScore;
import org.csi.sip.config.DraftingRules;
import org.csi.sip.domain.Sip;
import org.csi.sip.domain.SipScore;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The configured ranking of SIPs: {@code csi.scoring.*} weights and default rating, and the focus-area weights of the
 * current drafting rules (the ones that set a drafted SIP's priority; re-read when the rules file changes).
 */
@ApplicationScoped
public class SipScoring {

    private final DraftingRules drafting;
    private final ImprovementScore.Weights weights;
    private final int defaultRating;

    SipScoring(DraftingRules drafting, ScoringConfig config) {
        this.drafting = drafting;
        this.weights = config.weights();
        this.defaultRating = config.defaultRating();
    }

    public ImprovementScore of(Sip sip) {
        return SipScore.of(sip, drafting.current().priority(), weights, defaultRating);
    }
}
