package org.csi.sip;

import static io.restassured.RestAssured.given;
import static org.csi.sip.SipLifecycleTest.cio;
import static org.csi.sip.SipLifecycleTest.transition;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Value (issue 17): typed expected benefits, cost and effort of a SIP, and the benefits realised at completion. */
@QuarkusTest
@CsiStackTest("sip-service")
@AsAdmin
class SipValueTest {

    static final String FUTURE = LocalDate.now().plusDays(30).toString();
    static final ObjectMapper JSON = new ObjectMapper();

    @InjectCsiStack
    CsiStack stack;

    static String sip(UUID initiative, String value) {
        return """
                {"title": "Cut e-mail restore time", "initiativeId": "%s", "service": "email",
                 "kpiKey": "incident.mttr.hours", "baselineValue": 8, "targetValue": 4, "actualValue": 6,
                 "direction": "LOWER_IS_BETTER", "owner": "maria@example.com", "targetCompletionDate": "%s",
                 "expectedBenefit": "Restores within 4 hours"%s}""".formatted(initiative, FUTURE, value);
    }

    static final String VALUE = """
            , "expectedBenefits": [
                {"kind": "MONEY_PER_YEAR", "amount": 120000, "currency": "EUR", "note": "Fewer lost hours"},
                {"kind": "HOURS_SAVED_PER_MONTH", "amount": 300},
                {"kind": "RISK_REDUCTION", "amount": 15},
                {"kind": "CUSTOMER_SATISFACTION_POINTS", "amount": 5}],
              "cost": {"amount": 40000, "currency": "EUR"}, "effortPersonDays": 25""";

    @Test
    void typedBenefitsCostAndEffortRoundTripAndTravelWithTheEvents() throws Exception {
        UUID initiative = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            String id = given().contentType(ContentType.JSON).body(sip(initiative, VALUE)).post("/api/v1/sips")
                    .then().statusCode(201)
                    .body("expectedBenefit", equalTo("Restores within 4 hours"),
                            "expectedBenefits.kind", equalTo(List.of("MONEY_PER_YEAR", "HOURS_SAVED_PER_MONTH",
                                    "RISK_REDUCTION", "CUSTOMER_SATISFACTION_POINTS")),
                            "expectedBenefits[0].amount", number(120000),
                            "expectedBenefits[0].currency", equalTo("EUR"),
                            "expectedBenefits[0].note", equalTo("Fewer lost hours"),
                            "expectedBenefits[1].currency", nullValue(),
                            "cost.amount", number(40000), "cost.currency", equalTo("EUR"),
                            "effortPersonDays", number(25), "expectedRoi", number(3),
                            "realisedBenefits", nullValue(), "realisedRoi", nullValue())
                    .extract().path("id");
            given().get("/api/v1/sips/" + id).then().statusCode(200)
                    .body("expectedBenefits.size()", equalTo(4), "cost.currency", equalTo("EUR"));

            // JSON merge: the typed benefits are replaced, the rest stays.
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"expectedBenefits\": [{\"kind\": \"MONEY_PER_YEAR\", \"amount\": 80000, \"currency\": \"EUR\"}]}")
                    .patch("/api/v1/sips/" + id).then().statusCode(200)
                    .body("expectedBenefits.size()", equalTo(1), "expectedRoi", number(2),
                            "effortPersonDays", number(25));

            List<ConsumerRecord<String, String>> drafted = probe.await(TopicProbe.ofType("csi.sip.drafted"), 1,
                    Duration.ofSeconds(20));
            ContractCheck.assertConforms(drafted);
            JsonNode data = JSON.readTree(drafted.get(0).value());
            assertEquals(4, data.path("expectedBenefits").size());
            assertEquals("EUR", data.path("costCurrency").asText());
            assertEquals(25, data.path("effortPersonDays").asInt());
        }
    }

    @Test
    void realisedBenefitsAreRecordedAtCompletionWithRoiAndTheCompletedEventCarriesThem() throws Exception {
        UUID initiative = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            String id = given().contentType(ContentType.JSON).body(sip(initiative, VALUE)).post("/api/v1/sips")
                    .then().statusCode(201).extract().path("id");
            transition(id, "submit", "{}", null, 200);
            transition(id, "approve", "{}", cio(), 200);
            transition(id, "start", "{}", null, 200);
            // A realised benefit is checked as an expected one is.
            transition(id, "complete", """
                    {"resultNote": "MTTR at 3.8 h", "realisedBenefits": [{"kind": "MONEY_PER_YEAR", "amount": 90000}]}""",
                    null, 400).body("errors.field", hasItem("realisedBenefits[0].currency"));
            transition(id, "complete", """
                    {"resultNote": "MTTR at 3.8 h", "realisedBenefits": [
                      {"kind": "MONEY_PER_YEAR", "amount": 90000, "currency": "EUR", "note": "First quarter"},
                      {"kind": "HOURS_SAVED_PER_MONTH", "amount": 250}]}""", null, 200)
                    .body("status", equalTo("COMPLETED"), "realisedBenefits.size()", equalTo(2),
                            "realisedBenefits[0].amount", number(90000), "realisedRoi", number(2.25));

            List<ConsumerRecord<String, String>> completed = probe.await(TopicProbe.ofType("csi.sip.completed"), 1,
                    Duration.ofSeconds(20));
            ContractCheck.assertConforms(completed);
            JsonNode data = JSON.readTree(completed.get(0).value());
            assertEquals(90000, data.path("realisedBenefits").get(0).path("amount").asInt());
            assertEquals(4, data.path("expectedBenefits").size());
            assertEquals(4, data.path("targetValue").asInt());
            assertEquals(8, data.path("baselineValue").asInt());
            assertEquals("LOWER_IS_BETTER", data.path("direction").asText());
            assertEquals(40000, data.path("costAmount").asInt());
            assertEquals(false, data.path("approvedAt").isNull());
        }
    }

    @Test
    void badBenefitsAreRefusedAsProblems() {
        UUID initiative = UUID.randomUUID();
        refused(sip(initiative, ", \"expectedBenefits\": [{\"kind\": \"MONEY_PER_YEAR\", \"amount\": 1}]"),
                "expectedBenefits[0].currency");
        refused(sip(initiative, ", \"expectedBenefits\": [{\"kind\": \"MONEY_PER_YEAR\", \"amount\": 1, \"currency\": \"XYZ\"}]"),
                "expectedBenefits[0].currency");
        refused(sip(initiative, ", \"expectedBenefits\": [{\"kind\": \"HOURS_SAVED_PER_MONTH\", \"amount\": 1, \"currency\": \"EUR\"}]"),
                "expectedBenefits[0].currency");
        refused(sip(initiative, ", \"expectedBenefits\": [{\"kind\": \"RISK_REDUCTION\", \"amount\": 101}]"),
                "expectedBenefits[0].amount");
        refused(sip(initiative, ", \"expectedBenefits\": [{\"kind\": \"HOURS_SAVED_PER_MONTH\", \"amount\": -1}]"),
                "expectedBenefits[0].amount");
        refused(sip(initiative, ", \"expectedBenefits\": [{\"amount\": 1}]"), "expectedBenefits[0].kind");
        refused(sip(initiative, ", \"cost\": {\"amount\": 10}"), "cost.currency");
        refused(sip(initiative, ", \"cost\": {\"amount\": 10, \"currency\": \"EURO\"}"), "cost.currency");
        refused(sip(initiative, ", \"effortPersonDays\": -2"), "effortPersonDays");
        // An unknown kind is refused too (no 5xx).
        given().contentType(ContentType.JSON)
                .body(sip(initiative, ", \"expectedBenefits\": [{\"kind\": \"GOODWILL\", \"amount\": 1}]"))
                .post("/api/v1/sips").then().statusCode(400).contentType("application/problem+json");
        StringBuilder many = new StringBuilder(", \"expectedBenefits\": [");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("{\"kind\": \"RISK_REDUCTION\", \"amount\": 1}");
        }
        refused(sip(initiative, many + "]"), "expectedBenefits");
    }

    private static void refused(String body, String field) {
        given().contentType(ContentType.JSON).body(body).post("/api/v1/sips").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    /** A JSON number, whatever its scale (the database gives 25.00 where the request said 25). */
    static org.hamcrest.Matcher<Object> number(double expected) {
        return new org.hamcrest.CustomTypeSafeMatcher<>("the number " + expected) {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number n && Math.abs(n.doubleValue() - expected) < 1e-6;
            }
        };
    }
}
