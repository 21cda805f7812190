package org.csi.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.csi.platform.domain.ImprovementScore.Aspect;
import org.csi.platform.domain.ImprovementScore.Basis;
import org.csi.platform.domain.ImprovementScore.Part;
import org.csi.platform.domain.ImprovementScore.Rating;
import org.csi.platform.domain.ImprovementScore.Weights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ranking score: the worked example, each part's direction, the explanation adding up, and the weights. */
class ImprovementScoreTest {

    static final Weights DEFAULT = new Weights(bd("3"), bd("2"), bd("1"), bd("2"));

    @Test
    void theWorkedExampleOfTheJavadoc() {
        ImprovementScore score = ImprovementScore.of(Rating.given(5, 3), Rating.given(2, 3), Rating.given(3, 3),
                ImprovementScore.alignmentRating(bd("1.5"), bd("1.5")), DEFAULT);
        assertEquals(bd("87.5"), score.score());
        assertEquals(bd("37.50"), part(score, Aspect.BENEFIT).contribution());
        assertEquals(bd("18.75"), part(score, Aspect.EFFORT).contribution());
        assertEquals(bd("6.25"), part(score, Aspect.RISK).contribution());
        assertEquals(bd("25.00"), part(score, Aspect.ALIGNMENT).contribution());
        assertEquals(Basis.FOCUS_AREA, part(score, Aspect.ALIGNMENT).basis());
        assertEquals("focus-area weight 1.5 of at most 1.5", part(score, Aspect.ALIGNMENT).detail());
        assertEquals(bd("3"), part(score, Aspect.BENEFIT).weight());
    }

    @ParameterizedTest(name = "benefit {0}, effort {1}, risk {2}, alignment {3}: {4}")
    @CsvSource({
            "5, 1, 1, 5, 100.0", // the best there is
            "1, 5, 5, 1, 0.0", // the worst
            "3, 3, 3, 3, 50.0", // all in the middle
            "4, 3, 3, 3, 59.4", // more benefit scores higher (50 + 37.5 x 0.25)
            "3, 4, 3, 3, 43.8", // more effort scores lower (50 - 25 x 0.25)
            "3, 3, 4, 3, 46.9" // more risk scores lower (50 - 12.5 x 0.25)
    })
    void eachPartPullsItsWay(int benefit, int effort, int risk, int alignment, String expected) {
        ImprovementScore score = ImprovementScore.of(Rating.given(benefit, 3), Rating.given(effort, 3),
                Rating.given(risk, 3), Rating.given(alignment, 3), DEFAULT);
        assertEquals(bd(expected), score.score());
    }

    @Test
    void theContributionsAddUpToTheScore() {
        for (int b = 1; b <= 5; b++) {
            for (int e = 1; e <= 5; e++) {
                ImprovementScore score = ImprovementScore.of(Rating.given(b, 3), Rating.given(e, 3),
                        Rating.given(6 - b, 3), ImprovementScore.alignmentRating(bd("1.1"), bd("1.5")), DEFAULT);
                BigDecimal sum = score.parts().stream().map(Part::contribution).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
                assertTrue(sum.subtract(score.score()).abs().compareTo(bd("0.05")) <= 0, sum + " vs " + score);
                assertTrue(score.score().signum() >= 0 && score.score().compareTo(bd("100")) <= 0);
            }
        }
    }

    @Test
    void anUnratedPartCountsWithTheDefaultRatingAndSaysSo() {
        Rating unrated = Rating.given(null, 3);
        assertEquals(Basis.DEFAULT, unrated.basis());
        assertEquals(bd("3"), unrated.value());
        assertEquals(Basis.RATED, Rating.given(4, 3).basis());
        assertEquals(bd("2"), Rating.given(null, 2).value());
    }

    @Test
    void theWeightsDecideTheRanking() {
        // A: much benefit, much effort; B: little benefit, little effort.
        Rating align = Rating.given(3, 3);
        Weights benefitFirst = new Weights(bd("5"), bd("1"), bd("0"), bd("0"));
        Weights effortFirst = new Weights(bd("1"), bd("5"), bd("0"), bd("0"));
        BigDecimal aBenefit = ImprovementScore.of(Rating.given(5, 3), Rating.given(5, 3), Rating.given(3, 3), align,
                benefitFirst).score();
        BigDecimal bBenefit = ImprovementScore.of(Rating.given(2, 3), Rating.given(1, 3), Rating.given(3, 3), align,
                benefitFirst).score();
        BigDecimal aEffort = ImprovementScore.of(Rating.given(5, 3), Rating.given(5, 3), Rating.given(3, 3), align,
                effortFirst).score();
        BigDecimal bEffort = ImprovementScore.of(Rating.given(2, 3), Rating.given(1, 3), Rating.given(3, 3), align,
                effortFirst).score();
        assertTrue(aBenefit.compareTo(bBenefit) > 0);
        assertTrue(aEffort.compareTo(bEffort) < 0);
        // a part weighted 0 contributes nothing
        assertEquals(bd("0.00"), part(ImprovementScore.of(Rating.given(5, 3), Rating.given(5, 3), Rating.given(5, 3),
                align, benefitFirst), Aspect.RISK).contribution());
    }

    @Test
    void alignmentFollowsTheFocusAreaWeights() {
        assertEquals(bd("5"), ImprovementScore.alignmentRating(bd("1.5"), bd("1.5")).value().stripTrailingZeros());
        assertEquals(0, bd("3.6667").compareTo(ImprovementScore.alignmentRating(bd("1.0"), bd("1.5")).value()
                .setScale(4, java.math.RoundingMode.HALF_UP)));
        assertEquals(bd("1"), ImprovementScore.alignmentRating(null, bd("1.5")).value());
        assertEquals(bd("5"), ImprovementScore.alignmentRating(bd("2"), bd("1.5")).value().stripTrailingZeros());
    }

    @Test
    void benefitFromTheRelativeGap() {
        Rating benefit = ImprovementScore.benefitFromRelativeGap(bd("0.625"));
        assertEquals(Basis.RELATIVE_GAP, benefit.basis());
        assertEquals(0, bd("3.5").compareTo(benefit.value()));
        assertEquals("relative gap 0.63", benefit.detail());
        assertEquals(0, bd("5").compareTo(ImprovementScore.benefitFromRelativeGap(bd("3")).value()));
    }

    @Test
    void badWeightsAndRatingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Weights(bd("-1"), bd("1"), bd("1"), bd("1")));
        assertThrows(IllegalArgumentException.class, () -> new Weights(bd("0"), bd("0"), bd("0"), bd("0")));
        assertThrows(IllegalArgumentException.class, () -> new Rating(bd("6"), Basis.RATED, null));
        assertThrows(IllegalArgumentException.class, () -> new Rating(bd("0"), Basis.RATED, null));
    }

    static Part part(ImprovementScore score, Aspect aspect) {
        return score.parts().stream().filter(p -> p.aspect() == aspect).findFirst().orElseThrow();
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
