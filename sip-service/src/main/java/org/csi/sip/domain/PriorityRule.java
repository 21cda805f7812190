package org.csi.sip.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;

import org.csi.sip.config.DraftingRules.PriorityRules;

/**
 * How a drafted SIP gets its priority: the size of the gap relative to the target, weighted by the focus area.
 *
 * <pre>
 * relative gap = |gap size| / |target value|   (capped at 1; |target| = 0 counts as 1; no actual value: unmeasuredRelativeGap)
 * weight       = the largest focusAreaWeights entry of the SIP's focus areas (defaultWeight when it has none)
 * score        = relative gap x weight
 * CRITICAL from criticalFrom, HIGH from highFrom, MEDIUM from mediumFrom, else LOW
 * </pre>
 *
 * With the built-in rules an e-mail MTTR of 6.5 h against a 4 h target (gap 2.5, relative 0.625) in SERVICE_QUALITY
 * (weight 1.2) scores 0.75: CRITICAL.
 */
public final class PriorityRule {

    private PriorityRule() {
    }

    public static BigDecimal relativeGap(BigDecimal gapSize, BigDecimal targetValue, PriorityRules rules) {
        if (gapSize == null) {
            return rules.unmeasuredRelativeGap();
        }
        BigDecimal base = targetValue == null || targetValue.signum() == 0 ? BigDecimal.ONE : targetValue.abs();
        return gapSize.abs().divide(base, MathContext.DECIMAL64).min(BigDecimal.ONE);
    }

    public static BigDecimal weight(Collection<FocusArea> focusAreas, PriorityRules rules) {
        return focusAreas.stream()
                .map(area -> rules.focusAreaWeights().getOrDefault(area, rules.defaultWeight()))
                .max(BigDecimal::compareTo)
                .orElse(rules.defaultWeight());
    }

    public static Priority of(BigDecimal gapSize, BigDecimal targetValue, Collection<FocusArea> focusAreas,
            PriorityRules rules) {
        BigDecimal score = relativeGap(gapSize, targetValue, rules).multiply(weight(focusAreas, rules));
        if (score.compareTo(rules.criticalFrom()) >= 0) {
            return Priority.CRITICAL;
        }
        if (score.compareTo(rules.highFrom()) >= 0) {
            return Priority.HIGH;
        }
        if (score.compareTo(rules.mediumFrom()) >= 0) {
            return Priority.MEDIUM;
        }
        return Priority.LOW;
    }
}
