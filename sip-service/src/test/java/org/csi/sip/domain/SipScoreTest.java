package org.csi.sip.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.csi.platform.domain.ImprovementScore;
import org.csi.platform.domain.ImprovementScore.Basis;
import org.csi.sip.config.DraftingRules.PriorityRules;
import org.junit.jupiter.api.Test;

/** A SIP's score from what it knows (plain JUnit): ratings, else its relative gap, and its priority's focus weights. */
class SipScoreTest {

    static final PriorityRules RULES = new PriorityRules(
            new EnumMap<>(Map.of(FocusArea.SECURITY, new BigDecimal("2"), FocusArea.COST, new BigDecimal("0.5"))),
            new BigDecimal("1"), new BigDecimal("0.3"), new BigDecimal("0.8"), new BigDecimal("0.4"),
            new BigDecimal("0.2"));
    static final ImprovementScore.Weights WEIGHTS = new ImprovementScore.Weights(BigDecimal.valueOf(3),
            BigDecimal.valueOf(2), BigDecimal.ONE, BigDecimal.valueOf(2));

    static Sip sip(String target, String gap, FocusArea... areas) {
        Sip sip = new Sip();
        sip.targetValue = target == null ? null : new BigDecimal(target);
        sip.gapSize = gap == null ? null : new BigDecimal(gap);
        sip.focusAreas = List.of(areas);
        return sip;
    }

    @Test
    void theRelativeGapIsTheBenefitOfADraftedSip() {
        ImprovementScore score = SipScore.of(sip("4", "2", FocusArea.SECURITY), RULES, WEIGHTS, 3);
        // relative gap 0.5 -> benefit 3 (18.75); effort, risk default (12.5, 6.25); SECURITY 2 of 2 -> 25
        assertEquals(Basis.RELATIVE_GAP, score.parts().get(0).basis());
        assertEquals(new BigDecimal("62.5"), score.score());
        assertEquals("focus-area weight 2 of at most 2", score.parts().get(3).detail());
    }

    @Test
    void aGapNotMeasuredYetCountsAsTheRulesSay() {
        ImprovementScore.Part benefit = SipScore.of(sip("4", null, FocusArea.COST), RULES, WEIGHTS, 3).parts().get(0);
        assertEquals(Basis.RELATIVE_GAP, benefit.basis());
        assertEquals(0, new BigDecimal("2.2").compareTo(benefit.rating())); // 1 + 4 x 0.3
        assertEquals("not measured yet: relative gap counted as 0.3", benefit.detail());
    }

    @Test
    void aRatingWinsOverTheGapAndNoKpiMeansTheDefault() {
        Sip rated = sip("4", "2", FocusArea.COST);
        rated.benefitRating = 1;
        rated.riskRating = 5;
        ImprovementScore score = SipScore.of(rated, RULES, WEIGHTS, 3);
        assertEquals(Basis.RATED, score.parts().get(0).basis());
        assertEquals(Basis.RATED, score.parts().get(2).basis());
        assertEquals(Basis.DEFAULT, score.parts().get(1).basis());
        // COST 0.5 of 2 -> alignment 2, value 0.25 -> 6.25; benefit 0, effort 12.5, risk 0
        assertEquals(new BigDecimal("18.8"), score.score());

        ImprovementScore unknown = SipScore.of(sip(null, null), RULES, WEIGHTS, 3);
        assertEquals(Basis.DEFAULT, unknown.parts().get(0).basis());
        // no focus area: the defaultWeight 1 of 2
        assertEquals("focus-area weight 1 of at most 2", unknown.parts().get(3).detail());
    }
}
