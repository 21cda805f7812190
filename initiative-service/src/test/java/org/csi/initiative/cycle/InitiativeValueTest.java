package org.csi.initiative.cycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
import org.csi.events.CsiSources;
import org.csi.events.CsiTopics;
import org.csi.events.payload.Benefit;
import org.csi.events.payload.SipDrafted;
import org.csi.events.payload.SipTransitioned;
import org.csi.stack.CsiStack;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Value (issue 17): an initiative's typed expected benefits, its close outcome, and the register's expected against
 * realised totals from the SIP events.
 */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class InitiativeValueTest {

    static final String BENEFITS = """
            , "expectedBenefits": [{"kind": "MONEY_PER_YEAR", "amount": 250000, "currency": "EUR", "note": "Fewer lost hours"},
                                   {"kind": "CUSTOMER_SATISFACTION_POINTS", "amount": 8}]""";

    @InjectCsiStack
    CsiStack stack;

    static String initiative(String title, String value) {
        String body = Api.initiative(title, null);
        return body.substring(0, body.lastIndexOf('}')) + value + "}";
    }

    @Test
    void typedExpectedBenefitsRoundTripAndTravelWithTheEvents() throws Exception {
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            String id = given().contentType(ContentType.JSON).body(initiative("Valued", BENEFITS))
                    .post("/api/v1/initiatives").then().statusCode(201)
                    .body("expectedBenefits.kind", equalTo(List.of("MONEY_PER_YEAR", "CUSTOMER_SATISFACTION_POINTS")),
                            "expectedBenefits[0].amount", number(250000), "expectedBenefits[0].currency", equalTo("EUR"))
                    .extract().path("id");
            // PUT without them keeps them (clients that do not know the field lose nothing); [] clears them.
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(initiative("Valued 2", ""))
                    .put("/api/v1/initiatives/" + id).then().statusCode(200).body("expectedBenefits.size()", equalTo(2));
            given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(initiative("Valued 3", ", \"expectedBenefits\": []"))
                    .put("/api/v1/initiatives/" + id).then().statusCode(200).body("expectedBenefits.size()", equalTo(0));

            List<ConsumerRecord<String, String>> created = probe.await(r -> id.equals(r.key())
                    && "csi.initiative.created".equals(TopicProbe.header(r, "ce_type")), 1, Duration.ofSeconds(30));
            ContractCheck.assertConforms(created);
            JsonNode data = Api.JSON.readTree(created.get(0).value());
            assertEquals(250000, data.path("expectedBenefits").get(0).path("amount").asInt());
        }
        bad(", \"expectedBenefits\": [{\"kind\": \"MONEY_PER_YEAR\", \"amount\": 5}]", "expectedBenefits[0].currency");
        bad(", \"expectedBenefits\": [{\"kind\": \"MONEY_PER_YEAR\", \"amount\": 5, \"currency\": \"ABC\"}]",
                "expectedBenefits[0].currency");
        bad(", \"expectedBenefits\": [{\"kind\": \"CUSTOMER_SATISFACTION_POINTS\", \"amount\": 500}]",
                "expectedBenefits[0].amount");
        bad(", \"expectedBenefits\": [{\"kind\": \"RISK_REDUCTION\"}]", "expectedBenefits[0].amount");
    }

    private static void bad(String value, String field) {
        given().contentType(ContentType.JSON).body(initiative("Bad value", value)).post("/api/v1/initiatives").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void closingNamesTheOutcomeAndItsCategoryInResponseAndEvent() throws Exception {
        String id = Api.createInitiative("Closed with an outcome", null);
        given().contentType(ContentType.JSON).body("{\"reason\": \"done\", \"outcome\": \"GREAT\"}")
                .post("/api/v1/initiatives/" + id + "/close").then().statusCode(400)
                .contentType("application/problem+json");
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            given().contentType(ContentType.JSON)
                    .body("{\"reason\": \"MTTR held\", \"outcome\": \"SUCCESSFUL\", \"outcomeCategory\": \"TIME_SAVING\"}")
                    .post("/api/v1/initiatives/" + id + "/close").then().statusCode(200)
                    .body("status", equalTo("CLOSED"), "outcome", equalTo("SUCCESSFUL"),
                            "outcomeCategory", equalTo("TIME_SAVING"));
            List<ConsumerRecord<String, String>> closed = probe.await(r -> id.equals(r.key())
                    && "csi.initiative.closed".equals(TopicProbe.header(r, "ce_type")), 1, Duration.ofSeconds(30));
            ContractCheck.assertConforms(closed);
            JsonNode data = Api.JSON.readTree(closed.get(0).value());
            assertEquals("SUCCESSFUL", data.path("outcome").asText());
            assertEquals("TIME_SAVING", data.path("outcomeCategory").asText());
        }
        given().get("/api/v1/initiatives/" + id).then().body("outcome", equalTo("SUCCESSFUL"));
        // Still optional: a close without a body (or without an outcome) works as before.
        String other = Api.createInitiative("Closed without a word", null);
        given().contentType(ContentType.JSON).post("/api/v1/initiatives/" + other + "/close").then().statusCode(200)
                .body("outcome", nullValue(), "outcomeCategory", nullValue());
    }

    @Test
    void theRegisterTotalsExpectedAgainstRealisedFromTheSipEvents() throws Exception {
        JsonPath before = given().get("/api/v1/initiatives/value").then().statusCode(200).extract().jsonPath();
        String id = given().contentType(ContentType.JSON).body(initiative("Register value", BENEFITS))
                .post("/api/v1/initiatives").then().statusCode(201).extract().path("id");
        String objective = Api.setObjective(id, Api.objective("MTTR", "incident.mttr.hours", Api.unique("email"), "8",
                "4", "LOWER_IS_BETTER", "0"));

        UUID sipId = UUID.randomUUID();
        List<Benefit> expected = List.of(new Benefit("MONEY_PER_YEAR", new BigDecimal("120000"), "EUR", null),
                new Benefit("HOURS_SAVED_PER_MONTH", new BigDecimal("300"), null, null));
        SipDrafted drafted = SipDrafted.of(new SipDrafted.Subject(sipId, "Cut restore time", "MANUAL", null),
                new SipDrafted.Scope(UUID.fromString(id), "Register value", 1, UUID.fromString(objective), List.of(),
                        "email", null),
                new SipDrafted.Gap("incident.mttr.hours", null, new BigDecimal("8"), new BigDecimal("4"), null, null,
                        "LOWER_IS_BETTER"),
                new SipDrafted.Plan("maria@example.com", "HIGH", List.of(), null, null), "maria@example.com", null,
                new SipDrafted.Value(expected, new BigDecimal("40000"), "EUR", new BigDecimal("25")));
        publish(CsiEventType.SIP_DRAFTED, id, sipId, drafted);
        SipTransitioned completed = SipTransitioned.of(
                new SipTransitioned.Subject(sipId, "Cut restore time", UUID.fromString(id), UUID.fromString(objective),
                        "email", "incident.mttr.hours", "HIGH", "maria@example.com"),
                new SipTransitioned.Move("IN_PROGRESS", "COMPLETED", "maria@example.com", null, Instant.now(), "done"),
                new SipTransitioned.Value(new BigDecimal("8"), new BigDecimal("4"), "LOWER_IS_BETTER", Instant.now(),
                        expected, List.of(new Benefit("MONEY_PER_YEAR", new BigDecimal("90000"), "EUR", null)),
                        new BigDecimal("40000"), "EUR", new BigDecimal("25")));
        publish(CsiEventType.SIP_COMPLETED, id, sipId, completed);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/initiatives/" + id + "/value")
                .then().statusCode(200)
                .body("sips[0].status", equalTo("COMPLETED"), "sips[0].realisedRoi", number(2.25),
                        "sips[0].expectedRoi", number(3), "sips[0].cost.amount", number(40000),
                        "totals.find { it.kind == 'MONEY_PER_YEAR' }.initiativeExpected", number(250000),
                        "totals.find { it.kind == 'MONEY_PER_YEAR' }.sipExpected", number(120000),
                        "totals.find { it.kind == 'MONEY_PER_YEAR' }.sipRealised", number(90000),
                        "totals.find { it.kind == 'HOURS_SAVED_PER_MONTH' }.sipExpected", number(300)));
        // assessment-service's re-measurement of the SIP lands on the register too.
        org.csi.events.payload.BenefitMeasured measured = new org.csi.events.payload.BenefitMeasured(sipId,
                UUID.fromString(id), UUID.fromString(objective), UUID.randomUUID(), "email", "incident.mttr.hours",
                "LOWER_IS_BETTER", new BigDecimal("4"), Instant.now().minusSeconds(86400 * 90), Instant.now(),
                new BigDecimal("9"), 2, Instant.now(), Instant.now(), new BigDecimal("5.5"), 2, new BigDecimal("0.7"),
                new BigDecimal("2.25"), Instant.now());
        CsiEventType type = CsiEventType.BENEFIT_MEASURED;
        TopicProbe.publish(stack.bootstrapServers(), type.topic(), id, UUID.randomUUID().toString(), type.type(),
                CsiSources.ASSESSMENT_SERVICE, sipId.toString(), type.dataSchema(), Api.JSON.writeValueAsString(measured));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/initiatives/" + id + "/value")
                .then().statusCode(200).body("sips[0].effectiveness", number(0.7)));
        JsonPath after = given().get("/api/v1/initiatives/value").then().statusCode(200).extract().jsonPath();
        assertEquals(1, after.getInt("initiatives") - before.getInt("initiatives"));
        assertEquals(1, after.getInt("completedSips") - before.getInt("completedSips"));
        assertEquals(0, new BigDecimal("90000").compareTo(
                money(after, "sipRealised").subtract(money(before, "sipRealised"))));
        assertEquals(0, new BigDecimal("250000").compareTo(
                money(after, "initiativeExpected").subtract(money(before, "initiativeExpected"))));
        given().queryParam("status", "NOPE").get("/api/v1/initiatives/value").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/initiatives/" + UUID.randomUUID() + "/value").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static BigDecimal money(JsonPath totals, String column) {
        Object value = totals.get("totals.find { it.kind == 'MONEY_PER_YEAR' && it.currency == 'EUR' }." + column);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private void publish(CsiEventType type, String initiativeId, UUID sipId, Object payload) throws Exception {
        TopicProbe.publish(stack.bootstrapServers(), type.topic(), initiativeId, UUID.randomUUID().toString(),
                type.type(), CsiSources.SIP_SERVICE, sipId.toString(), type.dataSchema(),
                Api.JSON.writeValueAsString(payload));
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
