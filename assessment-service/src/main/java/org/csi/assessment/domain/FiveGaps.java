package org.csi.assessment.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csi.platform.domain.Direction;

/**
 * The whole Service Gap model of a service: the five gaps, each per SERVQUAL dimension (rating points on the 1-7
 * scale) and, for gaps 3 and 4, per KPI (in the KPI's unit). Each line compares a reference (what should be met) with
 * an actual value (see {@link ServiceGap} for which data each gap compares):
 * <ul>
 * <li>gap = actual - reference (signed, as recorded: for a KPI where lower is better a positive gap is a shortfall);</li>
 * <li>shortfall = how far actual is on the wrong side of reference, 0 when it meets or beats it; gap 1 counts either
 * way (management over- or underestimating expectations), so its shortfall is |gap|;</li>
 * <li>beyond tolerance when shortfall &gt; tolerance: the configured threshold (rating points) for dimensions, the
 * level's own tolerance (0 when not given) for KPIs. Such a line is an open gap, announced once with
 * csi.gap.identified.</li>
 * </ul>
 * A line exists only when both sides are known (e.g. no gap 2 for a dimension without a specified level or without a
 * PROVIDER response). Values are rounded to 4 decimals.
 */
public final class FiveGaps {

    private FiveGaps() {
    }

    /** The latest measured value of a KPI of the service. */
    public record Delivered(BigDecimal value, String unit, Instant measuredAt) {
    }

    /**
     * One comparison of the model: about a dimension (rating points 1-7, unit null) or a KPI (its unit).
     *
     * @param value     actual - reference
     * @param shortfall how far actual falls short of reference (0 when it meets it); the size of an open gap
     */
    public record Line(ServiceGap gap, String subject, String dimension, String kpiKey, String unit,
            BigDecimal reference, BigDecimal actual, BigDecimal value, BigDecimal shortfall, BigDecimal tolerance,
            Direction direction, boolean beyondTolerance) {
    }

    public record Model(String service, BigDecimal threshold, List<Line> lines) {

        public List<Line> of(ServiceGap gap) {
            return lines.stream().filter(l -> l.gap() == gap).toList();
        }
    }

    /**
     * @param servqual      the SERVQUAL means of the service's perception responses
     * @param specification what design specified (may be empty)
     * @param promise       what customers were told (may be empty)
     * @param delivered     the latest measurement per KPI key of the service (only the KPIs of the levels are needed)
     * @param threshold     the tolerance of dimension lines, in rating points
     */
    public static Model compute(String service, ServiceGapModel.Result servqual, List<ServiceLevel> specification,
            List<ServiceLevel> promise, Map<String, Delivered> delivered, BigDecimal threshold) {
        List<Line> lines = new ArrayList<>();
        for (ServiceGapModel.DimensionGap d : servqual.dimensions()) {
            String name = d.dimension().name();
            BigDecimal customerExpectation = d.meanExpectation();
            BigDecimal managementExpectation = d.meanProviderExpectation();
            BigDecimal perceived = d.meanPerception();
            if (customerExpectation != null && managementExpectation != null) {
                BigDecimal gap = managementExpectation.subtract(customerExpectation);
                lines.add(new Line(ServiceGap.GAP_1, name, name, null, null, customerExpectation,
                        managementExpectation, round(gap), round(gap.abs()), threshold,
                        gap.signum() <= 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
                        gap.abs().compareTo(threshold) > 0));
            }
            ServiceLevel specified = level(specification, name);
            if (specified != null && managementExpectation != null) {
                lines.add(dimensionLine(ServiceGap.GAP_2, name, managementExpectation, specified.value(), threshold));
            }
            if (specified != null && perceived != null) {
                lines.add(dimensionLine(ServiceGap.GAP_3, name, specified.value(), perceived, threshold));
            }
            ServiceLevel promised = level(promise, name);
            if (promised != null && perceived != null) {
                lines.add(dimensionLine(ServiceGap.GAP_4, name, promised.value(), perceived, threshold));
            }
            if (customerExpectation != null && perceived != null) {
                lines.add(dimensionLine(ServiceGap.GAP_5, name, customerExpectation, perceived, threshold));
            }
        }
        kpiLines(ServiceGap.GAP_3, specification, delivered, lines);
        kpiLines(ServiceGap.GAP_4, promise, delivered, lines);
        return new Model(service, threshold, lines);
    }

    private static void kpiLines(ServiceGap gap, List<ServiceLevel> levels, Map<String, Delivered> delivered,
            List<Line> lines) {
        for (ServiceLevel level : levels) {
            Delivered measured = level.aboutDimension() ? null : delivered.get(level.kpiKey());
            if (measured == null) {
                continue;
            }
            BigDecimal tolerance = level.tolerance() == null ? BigDecimal.ZERO : level.tolerance();
            BigDecimal shortfall = level.direction().shortfall(level.value(), measured.value());
            lines.add(new Line(gap, level.kpiKey(), null, level.kpiKey(),
                    level.unit() != null ? level.unit() : measured.unit(), round(level.value()),
                    round(measured.value()), round(measured.value().subtract(level.value())),
                    round(shortfall.max(BigDecimal.ZERO)), round(tolerance), level.direction(),
                    shortfall.compareTo(tolerance) > 0));
        }
    }

    private static Line dimensionLine(ServiceGap gap, String dimension, BigDecimal reference, BigDecimal actual,
            BigDecimal threshold) {
        BigDecimal value = actual.subtract(reference, MathContext.DECIMAL64);
        BigDecimal shortfall = value.negate().max(BigDecimal.ZERO);
        return new Line(gap, dimension, dimension, null, null, round(reference), round(actual), round(value),
                round(shortfall), threshold, Direction.HIGHER_IS_BETTER, shortfall.compareTo(threshold) > 0);
    }

    private static ServiceLevel level(List<ServiceLevel> levels, String dimension) {
        return levels.stream().filter(l -> dimension.equals(l.dimension())).findFirst().orElse(null);
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : Decimals.plain(value.setScale(4, RoundingMode.HALF_UP));
    }
}
