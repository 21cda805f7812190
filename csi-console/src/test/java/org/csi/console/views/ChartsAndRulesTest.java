package org.csi.console.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csi.console.client.Views.Objective;
import org.csi.console.client.Views.Sip;
import org.csi.console.signin.Person;
import org.junit.jupiter.api.Test;

class ChartsAndRulesTest {

    @Test
    void chartDataCannotCloseItsScriptElement() {
        String json = Charts.json(Map.of("name", "</script><script>alert(1)</script> & co"));
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
    }

    @Test
    void checkpointsAreFlaggedOverdueOrDueSoon() {
        Instant now = Instant.parse("2026-12-02T12:00:00Z");
        assertEquals("overdue", Register.dueFlag("2026-12-01T12:00:00Z", now));
        assertEquals("due-soon", Register.dueFlag(now.plus(Duration.ofDays(6)).toString(), now));
        assertEquals("", Register.dueFlag(now.plus(Duration.ofDays(8)).toString(), now));
    }

    @Test
    void theToleranceBandFollowsTheDirection() {
        InitiativeReport.ObjectiveChart lower = chart("LOWER_IS_BETTER");
        assertEquals("4", lower.bandLow());
        assertEquals("4.5", lower.bandHigh());
        InitiativeReport.ObjectiveChart higher = chart("HIGHER_IS_BETTER");
        assertEquals("3.5", higher.bandLow());
        assertEquals("4", higher.bandHigh());
    }

    @Test
    void theBoardOffersTheStepsTheApiAllowsToThoseWhoMayTakeThem() {
        Person manager = new Person("maria", Set.of("csi-manager"), "t");
        Person viewer = new Person("victor", Set.of("csi-viewer"), "t");
        assertEquals(List.of("submit", "cancel"), transitions(manager, "DRAFT"));
        assertEquals(List.of("approve", "cancel"), transitions(manager, "SUBMITTED"));
        assertEquals(List.of("start", "cancel"), transitions(manager, "APPROVED"));
        assertEquals(List.of("complete", "cancel"), transitions(manager, "IN_PROGRESS"));
        assertEquals(List.of(), transitions(manager, "COMPLETED"));
        assertEquals(List.of(), transitions(viewer, "DRAFT"));
        assertTrue(SipBoard.COMPLETE.required(), "completing asks for the result note");
        assertTrue(SipBoard.CANCEL.required(), "cancelling asks for the reason");
    }

    private static List<String> transitions(Person person, String status) {
        Sip sip = new Sip("id", "t", null, null, null, null, null, 1, null, null, null, null, null, null, null, null,
                null, null, "o", "HIGH", null, status, null, false, null, List.of(), null, null, null, 1, null, List.of(), null,
                null, List.of(), null, null, List.of(), null, null);
        return SipBoard.steps(person, sip).stream().map(SipBoard.Step::transition).toList();
    }

    private static InitiativeReport.ObjectiveChart chart(String direction) {
        Objective objective = new Objective("o", "i", 1, "MTTR", "mttr", "email", "hours", new BigDecimal("8"),
                new BigDecimal("4"), direction, new BigDecimal("0.5"), "SHORT_TERM", null, null, "MISSED", null, null,
                List.of(), List.of(), null);
        return new InitiativeReport.ObjectiveChart(objective, List.of(), List.of(), "{}");
    }

    /** The service page reads the whole Service Gap model as assessment-service answers it (abridged). */
    @Test
    void theServicePageReadsAllFiveGapsWithStageAndPerspective() throws Exception {
        String answer = """
                {"service": "email", "threshold": 1, "customerRespondents": 2, "providerRespondents": 1,
                 "specificationVersion": 0, "promiseVersion": null, "gaps": [
                  {"gapNumber": 3, "gapKind": "SERVICE_GAP_3", "compares": "Service specifications vs. the service delivered",
                   "reference": "specified level", "actual": "delivered", "lifecycleStage": "TRANSITION",
                   "perspective": "IT", "open": 1, "lines": [
                    {"subject": "incident.mttr.hours", "dimension": null, "kpiKey": "incident.mttr.hours",
                     "unit": "hours", "reference": 4, "actual": 6.5, "gap": 2.5, "shortfall": 2.5, "tolerance": 0.5,
                     "direction": "LOWER_IS_BETTER", "open": true}]}]}""";
        org.csi.console.client.Views.ServiceGapModel model = new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(answer, org.csi.console.client.Views.ServiceGapModel.class);
        assertEquals("TRANSITION", model.gaps().get(0).lifecycleStage());
        assertEquals("IT", model.gaps().get(0).perspective());
        assertEquals(new BigDecimal("2.5"), model.gaps().get(0).lines().get(0).gap());
        assertTrue(model.gaps().get(0).lines().get(0).open());
    }
}
