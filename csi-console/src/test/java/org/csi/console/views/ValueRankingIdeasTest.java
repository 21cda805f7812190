package org.csi.console.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.csi.console.client.ServiceProblem;
import org.csi.console.client.Views.Idea;
import org.csi.console.client.Views.Initiative;
import org.csi.console.client.Views.Realisation;
import org.csi.console.client.Views.Score;
import org.csi.console.client.Views.Sip;
import org.csi.console.client.Views.ProgressSummary;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The console's own rules for value, regressions, ITSM links, ranking and ideas (issue 17). */
class ValueRankingIdeasTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void theRegisterSortedByScorePutsTheHighestFirstAndTheUnscoredLast() {
        List<Register.Row> rows = List.of(row("B", "40"), row("A", null), row("C", "87.5"), row("D", "40"));
        List<String> order = rows.stream().sorted(Register.order("score")).map(r -> r.initiative().title()).toList();
        assertEquals(List.of("C", "B", "D", "A"), order);
    }

    @Test
    void aCompletedSipNotYetMeasuredIsNoError() {
        assertNull(SipBoard.notMeasuredIsNull(() -> {
            throw new ServiceProblem(404, "about:blank", "Not found", null, List.of());
        }));
        assertThrows(ServiceProblem.class, () -> SipBoard.notMeasuredIsNull(() -> {
            throw new ServiceProblem(503, "about:blank", "Unavailable", null, List.of());
        }));
    }

    @Test
    void aCardSaysWhyItHasNoRealisationAndNamesTheSipARegressionFollows() {
        Sip earlier = sip("earlier", "COMPLETED", null);
        Sip regression = sip("later", "DRAFT", "earlier");
        SipBoard.Card card = SipBoard.card(regression, Map.of("earlier", earlier), null);
        assertSame(earlier, card.previous());
        assertNull(card.measured());
        assertEquals("not yet measured",
                SipBoard.card(earlier, Map.of(), CompletableFuture.completedFuture(null)).measured());
        assertEquals("could not be read: Unavailable", SipBoard.card(earlier, Map.of(), CompletableFuture
                .failedFuture(new ServiceProblem(503, "about:blank", "Unavailable", null, List.of()))).measured());
        Realisation measured = new Realisation("earlier", "k", null, null, null, null, null, BigDecimal.ONE, 3, null,
                null, BigDecimal.ZERO, 2, BigDecimal.ONE, new BigDecimal("100"), null, null, null);
        assertSame(measured, SipBoard.card(earlier, Map.of(), CompletableFuture.completedFuture(measured))
                .realisation());
    }

    @Test
    void aVoteSaysWhetherItCounted() {
        Idea idea = new Idea("i", "Status page", null, "STAFF", null, List.of(), "sam", "SUBMITTED", null, 3, null,
                null, null, null);
        assertEquals("Your vote for \u201cStatus page\u201d counted: 3 votes", Ideas.voted(201, idea));
        Idea first = new Idea("i", "Status page", null, "STAFF", null, List.of(), "sam", "SUBMITTED", null, 1, null,
                null, null, null);
        assertEquals("Your vote for \u201cStatus page\u201d counted: 1 vote", Ideas.voted(201, first));
        assertEquals("You had voted for \u201cStatus page\u201d before: still 3 votes", Ideas.voted(200, idea));
    }

    @Test
    void blankFormFieldsAreLeftOutOfTheBody() {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        Ideas.put(body, "title", "  ");
        Ideas.put(body, "owner", " maria@example.com ");
        Ideas.put(body, "note", null);
        assertEquals(Map.of("owner", "maria@example.com"), body);
    }

    /** The SIP as sip-service answers it (abridged): links, the change asked for, the score and its parts, value. */
    @Test
    void theBoardReadsTheSipsNewFields() throws Exception {
        Sip sip = JSON.readValue("""
                {"id": "s", "title": "Cut restore time", "origin": "REGRESSION", "cycle": 1, "status": "DRAFT",
                 "overdue": false, "version": 0, "actions": [{"id": "a", "description": "Add a relay",
                   "status": "OPEN", "overdue": false, "version": 0,
                   "references": [{"system": "servicenow", "type": "CHANGE", "id": "CHG0030001",
                     "url": "https://itsm.example/chg", "title": "Relay", "ref": "servicenow:change:CHG0030001",
                     "addedBy": "itsm", "addedAt": "2030-01-01T00:00:00Z"}],
                   "changeRequest": {"requestId": "r", "status": "LINKED", "requestedBy": "maria",
                     "requestedAt": "2030-01-01T00:00:00Z", "change": {"system": "servicenow", "type": "CHANGE",
                     "id": "CHG0030001"}}}],
                 "references": [{"system": "servicenow", "type": "PROBLEM", "id": "PRB0040001"}],
                 "score": {"score": 62.5, "parts": [{"aspect": "BENEFIT", "rating": 4, "basis": "RATED",
                   "detail": null, "weight": 3, "contribution": 28.1}]},
                 "previousSipId": "p", "expectedBenefits": [{"kind": "MONEY_PER_YEAR", "amount": 120000,
                   "currency": "EUR"}], "cost": {"amount": 40000, "currency": "EUR"}, "effortPersonDays": 25,
                 "expectedRoi": 3, "realisedRoi": null, "occurrences": [], "transitions": []}""", Sip.class);
        assertEquals("LINKED", sip.actions().get(0).changeRequest().status());
        assertEquals("CHG0030001", sip.actions().get(0).references().get(0).id());
        assertEquals("PRB0040001", sip.references().get(0).id());
        assertEquals(new BigDecimal("62.5"), sip.score().score());
        assertEquals("RATED", sip.score().parts().get(0).basis());
        assertEquals("p", sip.previousSipId());
        assertEquals("EUR", sip.cost().currency());
        assertEquals(new BigDecimal("3"), sip.expectedRoi());
    }

    private static Register.Row row(String title, String score) {
        Initiative initiative = new Initiative("id-" + title, title, null, List.of(), null, null, List.of(),
                List.of(), "o", List.of(), "P30D", 1, "ACTIVE", 0, null, null, List.of(),
                score == null ? null : new Score(new BigDecimal(score), List.of()), List.of(), List.of(), null, null);
        return new Register.Row(initiative, null, "", ProgressSummary.NONE, Map.of(), 0);
    }

    private static Sip sip(String id, String status, String previous) {
        return new Sip(id, id, null, previous == null ? "MANUAL" : "REGRESSION", null, null, null, 1, null, null,
                null, null, null, null, null, null, null, null, "o", "HIGH", null, status, null, false, null,
                List.of(), null, null, null, 1, null, List.of(), null, previous, List.of(), null, null, List.of(),
                null, null);
    }
}
