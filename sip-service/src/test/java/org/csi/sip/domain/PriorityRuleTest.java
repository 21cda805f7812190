package org.csi.sip.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.csi.sip.config.DraftingRules.PriorityRules;
import org.junit.jupiter.api.Test;

/**
 * The priority rule with rules of its own (DraftingRulesOfThumbTest covers the built-in ones): the relative gap is
 * capped at 1 and never divides by zero, the weight is the largest of the focus areas, and on 500 generated cases
 * (fixed seed) a larger gap or one more focus area never lowers the priority, nor does the gap's sign matter.
 */
class PriorityRuleTest {

    private static final PriorityRules RULES = new PriorityRules(
            new EnumMap<>(Map.of(FocusArea.SECURITY, new BigDecimal("2"), FocusArea.COST, new BigDecimal("0.5"))),
            new BigDecimal("1"), new BigDecimal("0.3"), new BigDecimal("0.8"), new BigDecimal("0.4"),
            new BigDecimal("0.2"));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theRelativeGapIsTheGapOverTheTargetCappedAtOne() {
        assertEquals(0, d("0.25").compareTo(PriorityRule.relativeGap(d("1"), d("4"), RULES)));
        assertEquals(0, d("0.25").compareTo(PriorityRule.relativeGap(d("-1"), d("-4"), RULES)), "by magnitude");
        assertEquals(0, BigDecimal.ONE.compareTo(PriorityRule.relativeGap(d("9"), d("4"), RULES)), "capped at 1");
        assertEquals(0, d("0.5").compareTo(PriorityRule.relativeGap(d("0.5"), BigDecimal.ZERO, RULES)),
                "a zero target counts as 1");
        assertEquals(0, d("0.5").compareTo(PriorityRule.relativeGap(d("0.5"), null, RULES)), "so does none");
        assertEquals(d("0.3"), PriorityRule.relativeGap(null, d("4"), RULES), "nothing measured");
        assertEquals(0, d("0.3333333333333333").compareTo(PriorityRule.relativeGap(d("1"), d("3"), RULES)),
                "16 significant digits");
    }

    @Test
    void theWeightIsTheLargestOfTheFocusAreasOrTheDefault() {
        assertEquals(d("2"), PriorityRule.weight(List.of(FocusArea.COST, FocusArea.SECURITY), RULES));
        assertEquals(d("1"), PriorityRule.weight(List.of(FocusArea.COST, FocusArea.COMPLIANCE), RULES),
                "an area without a weight counts with the default");
        assertEquals(d("0.5"), PriorityRule.weight(List.of(FocusArea.COST), RULES));
        assertEquals(d("1"), PriorityRule.weight(List.of(), RULES));
    }

    @Test
    void thresholdsAreInclusive() {
        // target 10, COMPLIANCE (default weight 1): score = gap / 10
        assertEquals(Priority.CRITICAL, PriorityRule.of(d("8"), d("10"), List.of(FocusArea.COMPLIANCE), RULES));
        assertEquals(Priority.HIGH, PriorityRule.of(d("7.99"), d("10"), List.of(FocusArea.COMPLIANCE), RULES));
        assertEquals(Priority.HIGH, PriorityRule.of(d("4"), d("10"), List.of(FocusArea.COMPLIANCE), RULES));
        assertEquals(Priority.MEDIUM, PriorityRule.of(d("2"), d("10"), List.of(FocusArea.COMPLIANCE), RULES));
        assertEquals(Priority.LOW, PriorityRule.of(d("1.99"), d("10"), List.of(FocusArea.COMPLIANCE), RULES));
        assertEquals(Priority.LOW, PriorityRule.of(BigDecimal.ZERO, d("10"), List.of(FocusArea.COMPLIANCE), RULES));
        // nothing measured: 0.3 x 2 (SECURITY) = 0.6
        assertEquals(Priority.HIGH, PriorityRule.of(null, d("10"), List.of(FocusArea.SECURITY), RULES));
    }

    /** A gap, how much larger it grows, a target, the SIP's focus areas and one more area. */
    record Case(BigDecimal gap, BigDecimal more, BigDecimal target, List<FocusArea> focus, FocusArea added) {
    }

    /** 500 cases from a fixed seed, in one test (a parameterized test of 500 runs takes seconds to report). */
    static List<Case> generated() {
        Random random = new Random(20261204L);
        FocusArea[] areas = FocusArea.values();
        return Stream.generate(() -> {
            List<FocusArea> focus = new ArrayList<>();
            for (FocusArea area : areas) {
                if (random.nextBoolean()) {
                    focus.add(area);
                }
            }
            return new Case(BigDecimal.valueOf(random.nextLong(-50_000, 50_001), 3),
                    BigDecimal.valueOf(random.nextLong(0, 20_001), 3), BigDecimal.valueOf(random.nextLong(-50_000,
                            50_001), 3), focus, areas[random.nextInt(areas.length)]);
        }).limit(500).toList();
    }

    @Test
    void aLargerGapOrOneMoreFocusAreaNeverLowersThePriority() {
        for (Case c : generated()) {
            checkOne(c.gap(), c.more(), c.target(), c.focus(), c.added());
        }
    }

    private static void checkOne(BigDecimal gap, BigDecimal more, BigDecimal target, List<FocusArea> focus,
            FocusArea added) {
        Priority priority = PriorityRule.of(gap, target, focus, RULES);
        BigDecimal larger = gap.signum() < 0 ? gap.subtract(more) : gap.add(more);
        List<FocusArea> wider = new ArrayList<>(focus);
        wider.add(added);

        assertTrue(PriorityRule.of(larger, target, focus, RULES).compareTo(priority) <= 0, "larger gap " + larger);
        if (!focus.isEmpty()) { // no focus area at all weighs the default, which a light area may undercut
            assertTrue(PriorityRule.of(gap, target, wider, RULES).compareTo(priority) <= 0, "with " + added);
        }
        assertEquals(priority, PriorityRule.of(gap.negate(), target, focus, RULES), "the sign does not matter");
        assertEquals(priority, PriorityRule.of(gap, target.negate(), focus, RULES), "nor the target's");
        BigDecimal relative = PriorityRule.relativeGap(gap, target, RULES);
        assertTrue(relative.signum() >= 0 && relative.compareTo(BigDecimal.ONE) <= 0, relative::toString);
    }
}
