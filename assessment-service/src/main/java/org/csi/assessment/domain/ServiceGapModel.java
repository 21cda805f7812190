package org.csi.assessment.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The SERVQUAL arithmetic of the Service Gap model, per dimension:
 * <ul>
 * <li>gap 5 = mean customer perception - mean customer expectation (negative: the service falls short);</li>
 * <li>gap 1 = mean provider (management) perception of customer expectations - mean customer expectation (negative:
 * management underestimates what customers expect);</li>
 * <li>importance weight of a dimension = the mean, over the customers who weighed dimensions, of that dimension's share
 * of the respondent's points; equal weights over the rated dimensions when nobody weighed them.</li>
 * </ul>
 * The weighted gap 5 is the sum of weight x gap 5 over the dimensions with customer ratings (weights renormalised to
 * 1 over those dimensions); the unweighted gap 5 is their plain mean. Values are rounded to 4 decimals.
 */
public final class ServiceGapModel {

    private static final MathContext MC = MathContext.DECIMAL64;

    private ServiceGapModel() {
    }

    public record DimensionGap(ServqualDimension dimension, int customerRespondents, BigDecimal meanExpectation,
            BigDecimal meanPerception, BigDecimal gap5, BigDecimal importanceWeight, int providerRespondents,
            BigDecimal meanProviderExpectation, BigDecimal meanSpecification, BigDecimal gap1) {

        /** A gap 5 below -threshold: the service falls short of what customers expect by more than the threshold. */
        public boolean gap5Beyond(BigDecimal threshold) {
            return gap5 != null && gap5.compareTo(threshold.negate()) < 0;
        }

        /** A gap 1 larger than the threshold either way: management misjudges what customers expect. */
        public boolean gap1Beyond(BigDecimal threshold) {
            return gap1 != null && gap1.abs().compareTo(threshold) > 0;
        }
    }

    public record Result(int customerRespondents, int providerRespondents, List<DimensionGap> dimensions,
            BigDecimal unweightedGap5, BigDecimal weightedGap5) {
    }

    public static Result compute(List<PerceptionResponse> responses) {
        Map<ServqualDimension, List<BigDecimal>> expectation = new EnumMap<>(ServqualDimension.class);
        Map<ServqualDimension, List<BigDecimal>> perception = new EnumMap<>(ServqualDimension.class);
        Map<ServqualDimension, List<BigDecimal>> providerExpectation = new EnumMap<>(ServqualDimension.class);
        Map<ServqualDimension, List<BigDecimal>> specification = new EnumMap<>(ServqualDimension.class);
        Map<ServqualDimension, BigDecimal> shareSum = new EnumMap<>(ServqualDimension.class);
        int customers = 0;
        int providers = 0;
        int weighing = 0;
        for (PerceptionResponse r : responses) {
            boolean customer = r.respondentType == RespondentType.CUSTOMER;
            if (customer) {
                customers++;
            } else {
                providers++;
            }
            r.ratings.forEach((name, rating) -> {
                ServqualDimension d = ServqualDimension.valueOf(name);
                if (customer) {
                    add(expectation, d, rating.expectation());
                    add(perception, d, rating.perception());
                } else {
                    add(providerExpectation, d, rating.expectation());
                    add(specification, d, rating.specification());
                }
            });
            if (customer && r.importance != null && !r.importance.isEmpty()) {
                int total = r.importance.values().stream().mapToInt(Integer::intValue).sum();
                if (total > 0) {
                    weighing++;
                    r.importance.forEach((name, points) -> shareSum.merge(ServqualDimension.valueOf(name),
                            BigDecimal.valueOf(points).divide(BigDecimal.valueOf(total), MC), BigDecimal::add));
                }
            }
        }
        List<ServqualDimension> rated = new ArrayList<>();
        Map<ServqualDimension, BigDecimal> rawWeight = new EnumMap<>(ServqualDimension.class);
        for (ServqualDimension d : ServqualDimension.values()) {
            if (expectation.containsKey(d) && perception.containsKey(d)) {
                rated.add(d);
                rawWeight.put(d, weighing == 0 ? BigDecimal.ONE
                        : shareSum.getOrDefault(d, BigDecimal.ZERO).divide(BigDecimal.valueOf(weighing), MC));
            }
        }
        BigDecimal weightTotal = rawWeight.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<DimensionGap> dimensions = new ArrayList<>();
        BigDecimal gapSum = BigDecimal.ZERO;
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (ServqualDimension d : ServqualDimension.values()) {
            BigDecimal meanExpectation = mean(expectation.get(d));
            BigDecimal meanPerception = mean(perception.get(d));
            BigDecimal gap5 = meanExpectation == null || meanPerception == null ? null
                    : meanPerception.subtract(meanExpectation, MC);
            BigDecimal weight = null;
            if (gap5 != null) {
                weight = weightTotal.signum() == 0 ? BigDecimal.ZERO : rawWeight.get(d).divide(weightTotal, MC);
                gapSum = gapSum.add(gap5);
                weightedSum = weightedSum.add(weight.multiply(gap5, MC));
            }
            BigDecimal meanProvider = mean(providerExpectation.get(d));
            BigDecimal gap1 = meanProvider == null || meanExpectation == null ? null
                    : meanProvider.subtract(meanExpectation, MC);
            dimensions.add(new DimensionGap(d, size(expectation.get(d)), round(meanExpectation), round(meanPerception),
                    round(gap5), round(weight), size(providerExpectation.get(d)), round(meanProvider),
                    round(mean(specification.get(d))), round(gap1)));
        }
        BigDecimal unweighted = rated.isEmpty() ? null : gapSum.divide(BigDecimal.valueOf(rated.size()), MC);
        BigDecimal weighted = rated.isEmpty() ? null : weightedSum;
        return new Result(customers, providers, dimensions, round(unweighted), round(weighted));
    }

    private static void add(Map<ServqualDimension, List<BigDecimal>> values, ServqualDimension d, Integer value) {
        if (value != null) {
            values.computeIfAbsent(d, k -> new ArrayList<>()).add(BigDecimal.valueOf(value));
        }
    }

    private static int size(List<BigDecimal> values) {
        return values == null ? 0 : values.size();
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), MC);
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : Decimals.plain(value.setScale(4, RoundingMode.HALF_UP));
    }
}
