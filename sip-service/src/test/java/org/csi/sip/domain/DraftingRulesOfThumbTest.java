package org.csi.sip.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import org.csi.sip.config.DraftingRules.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The documented priority rule and template choice, with the built-in drafting rules. */
class DraftingRulesOfThumbTest {

    static Rules rules;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DraftingRulesOfThumbTest.class.getClassLoader()
                .getResourceAsStream("sip-templates/drafting.json")) {
            rules = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, Rules.class);
        }
    }

    @Test
    void priorityGrowsWithTheRelativeGapAndTheFocusAreaWeight() {
        // 2.5 of 4 = 0.625 x 1.2 (SERVICE_QUALITY) = 0.75
        assertEquals(Priority.CRITICAL, priority("2.5", "4", FocusArea.SERVICE_QUALITY));
        // 0.4 of 4 = 0.1 x 1.0 (COST) = 0.1
        assertEquals(Priority.MEDIUM, priority("0.4", "4", FocusArea.COST));
        // 0.2 of 4 = 0.05 x 1.5 (SECURITY) = 0.075
        assertEquals(Priority.LOW, priority("0.2", "4", FocusArea.SECURITY));
        // 0.8 of 4 = 0.2: MEDIUM for COST (x1.0), HIGH for SECURITY (x1.5 = 0.3)
        assertEquals(Priority.MEDIUM, priority("0.8", "4", FocusArea.COST));
        assertEquals(Priority.HIGH, priority("0.8", "4", FocusArea.SECURITY));
        // nothing measured: 0.25 x weight
        assertEquals(Priority.HIGH, PriorityRule.of(null, new BigDecimal("4"), List.of(FocusArea.COST), rules.priority()));
    }

    @Test
    void templatesArePickedPerFocusAreaAndKindOfGap() {
        var maturity = ActionProposals.propose(rules.templates(), List.of(FocusArea.COMPLIANCE), GapKind.MATURITY,
                ActionProposals.values("email", null, "Problem Management", null, BigDecimal.valueOf(3),
                        BigDecimal.ONE, BigDecimal.valueOf(2), null));
        assertTrue(maturity.actions().get(0).contains("owner of Problem Management"), maturity.actions().toString());
        var kpi = ActionProposals.propose(rules.templates(),
                List.of(FocusArea.SERVICE_QUALITY, FocusArea.CUSTOMER_SATISFACTION), GapKind.KPI,
                ActionProposals.values("email", "incident.mttr.hours", null, null, BigDecimal.valueOf(4),
                        new BigDecimal("6.5"), new BigDecimal("2.5"), "hours"));
        assertEquals(6, kpi.actions().size(), "4 SERVICE_QUALITY/KPI actions + 2 CUSTOMER_SATISFACTION actions");
        assertTrue(kpi.expectedBenefit().contains("target of 4 hours (now 6.5)"), kpi.expectedBenefit());
        assertTrue(kpi.actions().stream().noneMatch(a -> a.contains("{")), "no raw placeholders");
    }

    private static Priority priority(String gap, String target, FocusArea area) {
        return PriorityRule.of(new BigDecimal(gap), new BigDecimal(target), List.of(area), rules.priority());
    }
}
