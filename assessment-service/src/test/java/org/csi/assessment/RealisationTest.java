package org.csi.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiContract;
import org.csi.events.CsiEventType;
import org.csi.events.CsiSources;
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
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Value (issue 17): a completed SIP's benefit re-measured from real measurements of its KPI, before the SIP against
 * after it, on request and at a later checkpoint (csi.benefit.measured on the broker), with effectiveness and ROI.
 */
@QuarkusTest
@CsiStackTest("assessment-service")
@AsAdmin
class RealisationTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @InjectCsiStack
    CsiStack stack;

    @Test
    void effectivenessAndRoiComeFromTheMeasurementsBeforeAndAfterTheSip() throws Exception {
        String service = "value-" + UUID.randomUUID();
        UUID initiativeId = UUID.randomUUID();
        UUID sipId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant approved = now.minus(20, ChronoUnit.DAYS);
        Instant completed = now.minus(10, ChronoUnit.DAYS);

        // Before the SIP (within 90 days before its approval): MTTR 8 and 10, mean 9. Target 4, so the gap is 5.
        measure(service, "8", approved.minus(30, ChronoUnit.DAYS));
        measure(service, "10", approved.minus(5, ChronoUnit.DAYS));
        // Too early for the window, and while the SIP ran: neither counts.
        measure(service, "50", approved.minus(100, ChronoUnit.DAYS));
        measure(service, "30", approved.plus(3, ChronoUnit.DAYS));
        // After completion: 5 and 6, mean 5.5: gap 1.5, so 3.5 of 5 closed (0.7).
        measure(service, "5", completed.plus(2, ChronoUnit.DAYS));
        measure(service, "6", completed.plus(5, ChronoUnit.DAYS));

        ObjectNode sip = (ObjectNode) MAPPER.readTree(CsiContract.example(CsiEventType.SIP_COMPLETED));
        sip.put("sipId", sipId.toString()).put("initiativeId", initiativeId.toString()).put("service", service)
                .put("kpiKey", "incident.mttr.hours").put("baselineValue", 8).put("targetValue", 4)
                .put("direction", "LOWER_IS_BETTER").put("approvedAt", approved.toString())
                .put("at", completed.toString()).put("costAmount", 40000).put("costCurrency", "EUR");
        sip.putArray("realisedBenefits").addObject().put("kind", "MONEY_PER_YEAR").put("amount", 90000)
                .put("currency", "EUR");
        String eventId = UUID.randomUUID().toString();
        publish(eventId, CsiEventType.SIP_COMPLETED, CsiSources.SIP_SERVICE, initiativeId, sipId, sip);
        publish(eventId, CsiEventType.SIP_COMPLETED, CsiSources.SIP_SERVICE, initiativeId, sipId, sip); // redelivered

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given()
                .get("/api/v1/sips/" + sipId + "/realisation").then().statusCode(200)
                .body("beforeCount", equalTo(2), "beforeMean", number(9), "afterCount", equalTo(2),
                        "afterMean", number(5.5), "effectiveness", number(0.7), "gapClosedPercent", number(70),
                        "realisedRoi", number(2.25), "cost.currency", equalTo("EUR"),
                        "beforeTo", equalTo(approved.toString()), "afterFrom", equalTo(completed.toString())));

        // A later checkpoint of the initiative re-measures it up to its review and tells the others.
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.ASSESSMENTS)) {
            ObjectNode review = (ObjectNode) MAPPER.readTree(CsiContract.example(CsiEventType.CHECKPOINT_REVIEWED));
            UUID checkpointId = UUID.randomUUID();
            review.put("initiativeId", initiativeId.toString()).put("checkpointId", checkpointId.toString())
                    .put("reviewedAt", now.minus(6, ChronoUnit.DAYS).toString()); // before the 6: only the 5 counts
            publish(UUID.randomUUID().toString(), CsiEventType.CHECKPOINT_REVIEWED, CsiSources.INITIATIVE_SERVICE,
                    initiativeId, checkpointId, review);
            List<ConsumerRecord<String, String>> measured = probe.await(
                    TopicProbe.ofType("csi.benefit.measured").and(r -> sipId.toString()
                            .equals(TopicProbe.header(r, "ce_subject"))), 1, Duration.ofSeconds(120));
            ContractCheck.assertConforms(measured);
            JsonNode data = MAPPER.readTree(measured.get(0).value());
            assertEquals(initiativeId.toString(), measured.get(0).key());
            assertEquals(checkpointId.toString(), data.path("checkpointId").asText());
            assertEquals(1, data.path("afterCount").asInt());
            assertEquals(0, new java.math.BigDecimal("0.8").compareTo(data.path("effectiveness").decimalValue()));
            assertEquals(0, new java.math.BigDecimal("2.25").compareTo(data.path("realisedRoi").decimalValue()));
        }
        given().get("/api/v1/sips/" + sipId + "/realisation").then().statusCode(200)
                .body("lastEffectiveness", number(0.8));
        given().get("/api/v1/sips/" + UUID.randomUUID() + "/realisation").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private void measure(String service, String value, Instant at) {
        given().contentType(ContentType.JSON).body("""
                {"kpiKey": "incident.mttr.hours", "service": "%s", "value": %s, "unit": "hours", "measuredAt": "%s",
                 "sourceSystem": "servicenow", "sourceId": "%s"}""".formatted(service, value, at, UUID.randomUUID()))
                .post("/api/v1/measurements").then().statusCode(201);
    }

    private void publish(String eventId, CsiEventType type, String source, UUID key, UUID subject, JsonNode data) {
        TopicProbe.publish(stack.bootstrapServers(), type.topic(), key.toString(), eventId, type.type(), source,
                subject.toString(), type.dataSchema(), data.toString());
    }

    /** A JSON number, whatever its scale. */
    static org.hamcrest.Matcher<Object> number(double expected) {
        return new org.hamcrest.CustomTypeSafeMatcher<>("the number " + expected) {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number n && Math.abs(n.doubleValue() - expected) < 1e-6;
            }
        };
    }
}
