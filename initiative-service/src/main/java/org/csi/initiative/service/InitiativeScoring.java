package org.csi.initiative.service;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.csi.initiative.domain.FocusArea;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.InitiativeScore;
import org.csi.platform.ScoringConfig;
import org.csi.platform.domain.ImprovementScore;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The configured ranking of initiatives: {@code csi.scoring.*} weights and default rating, and the focus-area weights
 * {@code csi.scoring.focus-area-weights.<FOCUS_AREA>} (the same values as sip-service's drafting rules, which rank and
 * prioritise SIPs). A weight for a focus area that does not exist, or a bad weight, fails the start.
 */
@ApplicationScoped
public class InitiativeScoring {

    private final ImprovementScore.Weights weights;
    private final int defaultRating;
    private final Map<FocusArea, BigDecimal> focusAreaWeights;

    InitiativeScoring(ScoringConfig config) {
        this.weights = config.weights();
        this.defaultRating = config.defaultRating();
        Map<FocusArea, BigDecimal> areas = new EnumMap<>(FocusArea.class);
        config.focusAreaWeights().forEach((name, weight) -> {
            FocusArea area;
            try {
                area = FocusArea.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("csi.scoring.focus-area-weights." + name + ": no such focus area", e);
            }
            if (weight.signum() <= 0) {
                throw new IllegalStateException("csi.scoring.focus-area-weights." + name + " must be positive");
            }
            areas.put(area, weight);
        });
        this.focusAreaWeights = Collections.unmodifiableMap(areas);
    }

    public ImprovementScore of(Initiative initiative) {
        return InitiativeScore.of(initiative, weights, defaultRating, focusAreaWeights);
    }
}
