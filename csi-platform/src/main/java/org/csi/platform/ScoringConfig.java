package org.csi.platform;

import java.math.BigDecimal;
import java.util.Map;

import org.csi.platform.domain.ImprovementScore;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the improvement register is ranked (prefix {@code csi.scoring}): the weights of the score's parts and the rating
 * an unrated part counts with. See {@link ImprovementScore} for the rule.
 */
@ConfigMapping(prefix = "csi.scoring")
public interface ScoringConfig {

    /** Weight of the benefit part. */
    @WithDefault("3")
    BigDecimal benefitWeight();

    /** Weight of the effort part (less effort scores higher). */
    @WithDefault("2")
    BigDecimal effortWeight();

    /** Weight of the risk part (less risk scores higher). */
    @WithDefault("1")
    BigDecimal riskWeight();

    /** Weight of the alignment with the focus areas. */
    @WithDefault("2")
    BigDecimal alignmentWeight();

    /** The rating (1..5) a part counts with while the record does not rate it. */
    @WithDefault("3")
    int defaultRating();

    /**
     * Focus-area weights for the alignment of initiatives, e.g. {@code csi.scoring.focus-area-weights.SECURITY=1.5}
     * (initiative-service). sip-service does not read these: its SIPs are aligned by the focus-area weights of its
     * drafting rules, the same ones that set their priority.
     */
    Map<String, BigDecimal> focusAreaWeights();

    /** The part weights as the rule takes them; refuses negative weights or all zero. */
    default ImprovementScore.Weights weights() {
        if (defaultRating() < ImprovementScore.MIN_RATING || defaultRating() > ImprovementScore.MAX_RATING) {
            throw new IllegalArgumentException("csi.scoring.default-rating must be between 1 and 5");
        }
        return new ImprovementScore.Weights(benefitWeight(), effortWeight(), riskWeight(), alignmentWeight());
    }
}
