package org.csi.sip.domain;

import java.math.BigDecimal;

import org.csi.platform.domain.ImprovementScore;
import org.csi.platform.domain.ImprovementScore.Basis;
import org.csi.platform.domain.ImprovementScore.Rating;
import org.csi.platform.domain.ImprovementScore.Weights;
import org.csi.sip.config.DraftingRules.PriorityRules;

/**
 * A SIP's ranking score ({@link ImprovementScore}), from what the SIP knows:
 * <ul>
 * <li>benefit: the SIP's benefitRating; else, for a SIP with a KPI target, its relative gap (the one
 * {@link PriorityRule} uses: closing a larger gap is worth more), 1 + 4 x relative gap; a gap not measured yet counts
 * as the drafting rules' unmeasuredRelativeGap; else the default rating;</li>
 * <li>effort and risk: the SIP's ratings, else the default rating (a drafted SIP knows nothing of either);</li>
 * <li>alignment: the focus-area weight {@link PriorityRule#weight} gives the SIP, against the largest weight of the
 * drafting rules: the same weights that set its priority.</li>
 * </ul>
 */
public final class SipScore {

    private SipScore() {
    }

    public static ImprovementScore of(Sip sip, PriorityRules rules, Weights weights, int defaultRating) {
        return ImprovementScore.of(benefit(sip, rules, defaultRating), Rating.given(sip.effortRating, defaultRating),
                Rating.given(sip.riskRating, defaultRating), alignment(sip, rules), weights);
    }

    static Rating benefit(Sip sip, PriorityRules rules, int defaultRating) {
        if (sip.benefitRating != null || sip.targetValue == null && sip.gapSize == null) {
            return Rating.given(sip.benefitRating, defaultRating);
        }
        Rating fromGap = ImprovementScore.benefitFromRelativeGap(
                PriorityRule.relativeGap(sip.gapSize, sip.targetValue, rules));
        return sip.gapSize != null ? fromGap : new Rating(fromGap.value(), Basis.RELATIVE_GAP,
                "not measured yet: relative gap counted as " + rules.unmeasuredRelativeGap().toPlainString());
    }

    static Rating alignment(Sip sip, PriorityRules rules) {
        BigDecimal largest = rules.focusAreaWeights().values().stream().reduce(rules.defaultWeight(), BigDecimal::max);
        return ImprovementScore.alignmentRating(PriorityRule.weight(sip.focusAreas, rules), largest);
    }
}
