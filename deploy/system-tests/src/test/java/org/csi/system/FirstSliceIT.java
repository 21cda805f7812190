package org.csi.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * The first slice across two processes: an initiative created on initiative-service becomes a communication on
 * notification-service, through the outbox, the broker and the idempotent consumer.
 */
@ExtendWith(RunningSuite.class)
class FirstSliceIT {

    @Test
    void initiativeCreatedBecomesACommunication() {
        RunningSuite.Suite suite = RunningSuite.get();
        long start = System.nanoTime();
        String id = given().baseUri(suite.url("initiative-service")).contentType(ContentType.JSON)
                .body("""
                        {"title": "Stabilise e-mail", "vision": "E-mail incidents restored within 4 hours",
                         "focusAreas": ["SERVICE_QUALITY"], "owner": "jane.doe@example.com", "services": ["email"]}""")
                .post("/api/v1/initiatives")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> given()
                .baseUri(suite.url("notification-service"))
                .queryParam("initiativeId", id)
                .get("/api/v1/communications")
                .then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(1))
                // a new initiative is not told at once: it goes into the audience's digest (every 2 s here)
                .body("items.sourceEventType", org.hamcrest.Matchers.hasItem("csi.digest"))
                .body("items.find { it.sourceEventType == 'csi.digest' }.sections.serviceImplications", notNullValue())
                .body("items.find { it.sourceEventType == 'csi.digest' }.sections.personnelImpact", notNullValue())
                .body("items.find { it.sourceEventType == 'csi.digest' }.sections.approach", notNullValue()));
        System.out.printf("[figures] POST initiative -> digest visible on notification-service: %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
    }
}
