package org.csi.platform.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The score that ranks the improvement register (initiatives and SIPs): benefit, effort, risk and alignment with the
 * focus areas, each rated on 1..5 and weighted. It explains itself: every part says its rating, where the rating came
 * from, its weight and what it contributed, and the contributions add up to the score.
 *
 * <pre>
 * value of a part: BENEFIT (rating - 1) / 4; EFFORT and RISK (5 - rating) / 4 (less is better); ALIGNMENT (rating - 1) / 4
 * contribution    = 100 x weight x value / (sum of the four weights), rounded to 0.1
 * score           = sum of the contributions, 0..100
 * </pre>
 *
 * Alignment is rated from the focus-area weights ({@link #alignmentRating}): the largest weight of the record's focus
 * areas against the largest weight there is, 1 + 4 x weight / largest. An unrated part counts with the default
 * rating (3, the middle), so rating a part moves the score either way. With weights 3 / 2 / 1 / 2, an initiative rated
 * benefit 5, effort 2, risk 3 in SECURITY (the heaviest focus area) scores 37.5 + 18.75 + 6.25 + 25 = 87.5.
 */
public record ImprovementScore(BigDecimal score, List<Part> parts) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ImprovementScore {
        parts = List.copyOf(parts);
    }

    /** The four parts of the score. */
    public enum Aspect {
        BENEFIT, EFFORT, RISK, ALIGNMENT;

        /** Whether a higher rating lowers the score (effort and risk). */
        boolean lessIsBetter() {
            return this == EFFORT || this == RISK;
        }
    }

    /** Where a part's rating came from. */
    public enum Basis {
        /** Given on the record (benefitRating, effortRating, riskRating). */
        RATED,
        /** Not given: the default rating. */
        DEFAULT,
        /** Derived from the relative gap of a SIP (the benefit of closing it). */
        RELATIVE_GAP,
        /** Derived from the focus-area weights. */
        FOCUS_AREA
    }

    /** The relative weights of the four parts; none negative, at least one positive. */
    public record Weights(BigDecimal benefit, BigDecimal effort, BigDecimal risk, BigDecimal alignment) {
        public Weights {
            for (BigDecimal w : new BigDecimal[] { benefit, effort, risk, alignment }) {
                if (w == null || w.signum() < 0) {
                    throw new IllegalArgumentException("score weights must be given and not negative: " + w);
                }
            }
            if (benefit.add(effort).add(risk).add(alignment).signum() == 0) {
                throw new IllegalArgumentException("at least one score weight must be positive");
            }
        }

        BigDecimal of(Aspect aspect) {
            return switch (aspect) {
                case BENEFIT -> benefit;
                case EFFORT -> effort;
                case RISK -> risk;
                case ALIGNMENT -> alignment;
            };
        }

        BigDecimal total() {
            return benefit.add(effort).add(risk).add(alignment);
        }
    }

    /** A rating on 1..5 and where it came from; {@code detail} says how a derived one was found. */
    public record Rating(BigDecimal value, Basis basis, String detail) {
        public Rating {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(basis, "basis");
            if (value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(BigDecimal.valueOf(MAX_RATING)) > 0) {
                throw new IllegalArgumentException("a rating is between 1 and 5: " + value);
            }
        }

        /** The record's own rating, or the default one when it has none. */
        public static Rating given(Integer rating, int defaultRating) {
            return rating != null ? new Rating(BigDecimal.valueOf(rating), Basis.RATED, null)
                    : new Rating(BigDecimal.valueOf(defaultRating), Basis.DEFAULT, "not rated");
        }
    }

    /** One part of the score: its rating, its weight and what it adds to the score. */
    public record Part(Aspect aspect, BigDecimal rating, Basis basis, String detail, BigDecimal weight,
            BigDecimal contribution) {
    }

    /** The score of four ratings under the weights. */
    public static ImprovementScore of(Rating benefit, Rating effort, Rating risk, Rating alignment, Weights weights) {
        List<Part> parts = new ArrayList<>(4);
        BigDecimal score = BigDecimal.ZERO;
        Rating[] ratings = { benefit, effort, risk, alignment };
        for (Aspect aspect : Aspect.values()) {
            Rating rating = Objects.requireNonNull(ratings[aspect.ordinal()], aspect.name());
            BigDecimal value = (aspect.lessIsBetter() ? BigDecimal.valueOf(MAX_RATING).subtract(rating.value())
                    : rating.value().subtract(BigDecimal.ONE)).divide(FOUR, MathContext.DECIMAL64);
            BigDecimal contribution = HUNDRED.multiply(weights.of(aspect)).multiply(value)
                    .divide(weights.total(), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
            score = score.add(contribution);
            parts.add(new Part(aspect, rating.value().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros(),
                    rating.basis(), rating.detail(), weights.of(aspect), contribution));
        }
        return new ImprovementScore(score.setScale(1, RoundingMode.HALF_UP), parts);
    }

    /**
     * Alignment from the focus-area weights: {@code areaWeight} is the largest weight of the record's focus areas,
     * {@code largestWeight} the largest weight configured; 1 + 4 x areaWeight / largestWeight, at most 5.
     */
    public static Rating alignmentRating(BigDecimal areaWeight, BigDecimal largestWeight) {
        if (areaWeight == null || largestWeight == null || largestWeight.signum() <= 0 || areaWeight.signum() <= 0) {
            return new Rating(BigDecimal.ONE, Basis.FOCUS_AREA, "no weighted focus area");
        }
        BigDecimal share = areaWeight.divide(largestWeight, MathContext.DECIMAL64).min(BigDecimal.ONE);
        return new Rating(BigDecimal.ONE.add(FOUR.multiply(share)), Basis.FOCUS_AREA,
                "focus-area weight " + areaWeight.stripTrailingZeros().toPlainString() + " of at most "
                        + largestWeight.stripTrailingZeros().toPlainString());
    }

    /**
     * Benefit from a SIP's relative gap (0..1: how far the KPI is from its target, relative to the target): closing a
     * larger gap is worth more, 1 + 4 x relative gap.
     */
    public static Rating benefitFromRelativeGap(BigDecimal relativeGap) {
        BigDecimal share = relativeGap.abs().min(BigDecimal.ONE);
        return new Rating(BigDecimal.ONE.add(FOUR.multiply(share)), Basis.RELATIVE_GAP,
                "relative gap " + share.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
    }
}
