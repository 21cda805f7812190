package org.csi.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.assessment.domain.PerceptionResponse.Rating;
import org.csi.assessment.domain.ServiceGapModel.DimensionGap;
import org.csi.assessment.domain.ServiceGapModel.Result;
import org.junit.jupiter.api.Test;

/**
 * The SERVQUAL arithmetic on its own, with the hand-computed example of the service's ServiceGapModelTest (which checks
 * the same figures through HTTP and the gap events):
 *
 * <pre>
 *                 customer 1 (E/P)  customer 2 (E/P)  mean E  mean P  gap5   weight  provider E  gap1
 * TANGIBLES       5/5               4/5               4.5     5       +0.5   0.1     4           -0.5
 * RELIABILITY     7/4               6/3               6.5     3.5     -3     0.4     5           -1.5
 * RESPONSIVENESS  6/5               6/6               6       5.5     -0.5   0.2     6            0
 * ASSURANCE       6/6               6/5               6       5.5     -0.5   0.2     6            0
 * EMPATHY         5/6               5/5               5       5.5     +0.5   0.1     5            0
 * </pre>
 */
class ServiceGapArithmeticTest {

    private static final Map<String, Integer> IMPORTANCE = Map.of("TANGIBLES", 10, "RELIABILITY", 40,
            "RESPONSIVENESS", 20, "ASSURANCE", 20, "EMPATHY", 10);

    private static PerceptionResponse customer(int[][] expectationPerception, Map<String, Integer> importance) {
        PerceptionResponse r = new PerceptionResponse();
        r.respondentType = RespondentType.CUSTOMER;
        ServqualDimension[] dimensions = ServqualDimension.values();
        for (int i = 0; i < expectationPerception.length; i++) {
            r.ratings.put(dimensions[i].name(), new Rating(expectationPerception[i][0], expectationPerception[i][1],
                    null));
        }
        r.importance = importance;
        return r;
    }

    private static PerceptionResponse provider(int... expectations) {
        PerceptionResponse r = new PerceptionResponse();
        r.respondentType = RespondentType.PROVIDER;
        for (int i = 0; i < expectations.length; i++) {
            r.ratings.put(ServqualDimension.values()[i].name(), new Rating(expectations[i], null, expectations[i]));
        }
        return r;
    }

    private static List<PerceptionResponse> example(Map<String, Integer> importance) {
        return List.of(
                customer(new int[][] { { 5, 5 }, { 7, 4 }, { 6, 5 }, { 6, 6 }, { 5, 6 } }, importance),
                customer(new int[][] { { 4, 5 }, { 6, 3 }, { 6, 6 }, { 6, 5 }, { 5, 5 } }, importance),
                provider(4, 5, 6, 6, 5));
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    @Test
    void theHandComputedExample() {
        Result result = ServiceGapModel.compute(example(IMPORTANCE));

        assertEquals(2, result.customerRespondents());
        assertEquals(1, result.providerRespondents());
        assertDecimal("-0.6", result.unweightedGap5());
        assertDecimal("-1.3", result.weightedGap5());
        String[][] expected = {
                // mean E, mean P, gap5, weight, provider E, gap1
                { "4.5", "5", "0.5", "0.1", "4", "-0.5" },
                { "6.5", "3.5", "-3", "0.4", "5", "-1.5" },
                { "6", "5.5", "-0.5", "0.2", "6", "0" },
                { "6", "5.5", "-0.5", "0.2", "6", "0" },
                { "5", "5.5", "0.5", "0.1", "5", "0" } };
        for (int i = 0; i < expected.length; i++) {
            DimensionGap d = result.dimensions().get(i);
            assertEquals(ServqualDimension.values()[i], d.dimension());
            assertEquals(2, d.customerRespondents());
            assertEquals(1, d.providerRespondents());
            assertDecimal(expected[i][0], d.meanExpectation());
            assertDecimal(expected[i][1], d.meanPerception());
            assertDecimal(expected[i][2], d.gap5());
            assertDecimal(expected[i][3], d.importanceWeight());
            assertDecimal(expected[i][4], d.meanProviderExpectation());
            assertDecimal(expected[i][4], d.meanSpecification());
            assertDecimal(expected[i][5], d.gap1());
        }
    }

    @Test
    void withoutImportanceEveryRatedDimensionWeighsTheSame() {
        Result result = ServiceGapModel.compute(example(null));

        result.dimensions().forEach(d -> assertDecimal("0.2", d.importanceWeight()));
        assertDecimal("-0.6", result.weightedGap5());
        assertDecimal(result.unweightedGap5().toPlainString(), result.weightedGap5());
    }

    @Test
    void weightsAreRenormalisedOverTheRatedDimensionsAndRoundedToFourDecimals() {
        // only TANGIBLES and RELIABILITY rated; the importance of the others is dropped and 10:40 becomes 0.2:0.8
        PerceptionResponse only = customer(new int[][] { { 5, 5 }, { 7, 4 } }, IMPORTANCE);
        // an empty importance map, like none, does not weigh
        PerceptionResponse third = customer(new int[][] { { 5, 6 }, { 7, 4 } }, new LinkedHashMap<>());
        Result result = ServiceGapModel.compute(List.of(only, third, customer(new int[][] { { 5, 4 }, { 7, 4 } },
                null)));

        assertDecimal("0.2", result.dimensions().get(0).importanceWeight());
        assertDecimal("0.8", result.dimensions().get(1).importanceWeight());
        assertDecimal("0", result.dimensions().get(0).gap5());
        assertDecimal("-3", result.dimensions().get(1).gap5());
        assertDecimal("-2.4", result.weightedGap5());
        assertDecimal("-1.5", result.unweightedGap5());
        for (int i = 2; i < 5; i++) {
            DimensionGap unrated = result.dimensions().get(i);
            assertEquals(0, unrated.customerRespondents());
            assertNull(unrated.gap5());
            assertNull(unrated.importanceWeight());
            assertNull(unrated.gap1());
        }
        // means are rounded to 4 decimals: a gap of 1/3 is 0.3333
        PerceptionResponse a = customer(new int[][] { { 1, 2 } }, null);
        PerceptionResponse b = customer(new int[][] { { 1, 1 } }, null);
        PerceptionResponse c = customer(new int[][] { { 1, 1 } }, null);
        assertEquals("0.3333", ServiceGapModel.compute(List.of(a, b, c)).dimensions().get(0).gap5().toPlainString());
    }

    @Test
    void noResponsesNoGaps() {
        Result result = ServiceGapModel.compute(List.of());

        assertEquals(0, result.customerRespondents());
        assertNull(result.unweightedGap5());
        assertNull(result.weightedGap5());
        assertEquals(5, result.dimensions().size());
    }
}
