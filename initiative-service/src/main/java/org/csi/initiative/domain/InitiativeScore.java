package org.csi.initiative.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import org.csi.platform.domain.ImprovementScore;
import org.csi.platform.domain.ImprovementScore.Rating;
import org.csi.platform.domain.ImprovementScore.Weights;

/**
 * An initiative's ranking score ({@link ImprovementScore}): benefit, effort and risk as rated on the initiative (the
 * default rating where it has none), alignment from the largest focus-area weight of its focus areas against the
 * largest weight configured (an area without a weight counts 1.0).
 */
public final class InitiativeScore {

    static final BigDecimal UNLISTED_AREA = BigDecimal.ONE;

    private InitiativeScore() {
    }

    public static ImprovementScore of(Initiative initiative, Weights weights, int defaultRating,
            Map<FocusArea, BigDecimal> focusAreaWeights) {
        return ImprovementScore.of(Rating.given(initiative.benefitRating, defaultRating),
                Rating.given(initiative.effortRating, defaultRating),
                Rating.given(initiative.riskRating, defaultRating),
                alignment(initiative.focusAreas, focusAreaWeights), weights);
    }

    static Rating alignment(Collection<FocusArea> areas, Map<FocusArea, BigDecimal> focusAreaWeights) {
        BigDecimal largest = focusAreaWeights.values().stream().max(BigDecimal::compareTo).orElse(UNLISTED_AREA);
        BigDecimal own = areas.stream().map(area -> focusAreaWeights.getOrDefault(area, UNLISTED_AREA))
                .max(BigDecimal::compareTo).orElse(null);
        return ImprovementScore.alignmentRating(own, largest);
    }
}
