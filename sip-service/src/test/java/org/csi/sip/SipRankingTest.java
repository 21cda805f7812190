package org.csi.sip;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 17 part 5 for SIPs: the score and its parts (ratings on create and change; a drafted SIP rated from what it
 * knows: its relative gap and the drafting rules' focus-area weights), GET /api/v1/sips?sort=score, bad input.
 */
@QuarkusTest
@CsiStackTest("sip-service")
@AsAdmin
class SipRankingTest {

    @InjectCsiStack
    CsiStack stack;

    static String create(UUID initiative, String title, String extra) {
        return given().contentType(ContentType.JSON).body("""
                {"title": "%s", "initiativeId": "%s", "service": "email", "owner": "maria.keller@example.com"%s}"""
                .formatted(title, initiative, extra.isEmpty() ? "" : ", " + extra)).post("/api/v1/sips").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void theScoreOfAManualSipExplainsItselfAndTheListRanksByIt() {
        UUID initiative = UUID.randomUUID();
        // relative gap 2.5 / 4 = 0.625 -> benefit 3.5 (23.44); effort, risk unrated (12.5, 6.25);
        // SERVICE_QUALITY 1.2 of 1.5 -> 20: 62.2
        String kpi = create(initiative, "KPI gap", """
                "focusAreas": ["SERVICE_QUALITY"], "kpiKey": "incident.mttr.hours", "targetValue": 4,
                "actualValue": 6.5, "direction": "LOWER_IS_BETTER\"""");
        String best = create(initiative, "Rated best", """
                "focusAreas": ["SECURITY"], "benefitRating": 5, "effortRating": 1, "riskRating": 1""");
        String plain = create(initiative, "Nothing known", "");

        given().get("/api/v1/sips/" + kpi).then().statusCode(200)
                .body("score.score", equalTo(62.2f), "benefitRating", equalTo(null),
                        "score.parts.aspect", contains("BENEFIT", "EFFORT", "RISK", "ALIGNMENT"),
                        "score.parts.basis", contains("RELATIVE_GAP", "DEFAULT", "DEFAULT", "FOCUS_AREA"),
                        "score.parts[0].rating", equalTo(3.5f), "score.parts[0].detail", equalTo("relative gap 0.63"),
                        "score.parts.weight", contains(3, 2, 1, 2),
                        "score.parts.contribution", contains(23.44f, 12.5f, 6.25f, 20.0f),
                        "score.parts[3].detail", equalTo("focus-area weight 1.2 of at most 1.5"));
        given().get("/api/v1/sips/" + best).then().statusCode(200).body("score.score", equalTo(100.0f),
                "benefitRating", equalTo(5), "score.parts.basis", contains("RATED", "RATED", "RATED", "FOCUS_AREA"));
        // no KPI, no ratings, no focus area: defaults, and the drafting rules' defaultWeight 1.0 of 1.5 -> 54.2
        given().get("/api/v1/sips/" + plain).then().statusCode(200).body("score.score", equalTo(54.2f));

        given().queryParam("initiativeId", initiative.toString()).get("/api/v1/sips").then().statusCode(200)
                .body("items.id", contains(plain, best, kpi));
        given().queryParam("initiativeId", initiative.toString()).queryParam("sort", "score").get("/api/v1/sips")
                .then().statusCode(200).body("items.id", contains(best, kpi, plain),
                        "items.score.score", contains(100.0f, 62.2f, 54.2f), "totalItems", equalTo(3));
        given().queryParam("initiativeId", initiative.toString()).queryParam("sort", "score").queryParam("size", 2)
                .queryParam("page", 1).get("/api/v1/sips").then().statusCode(200)
                .body("items.id", contains(plain), "totalPages", equalTo(2));

        // rated on a change: the plain one (37.5 + 25 + 12.5 + 16.67 = 91.7) overtakes the KPI one
        String etag = given().get("/api/v1/sips/" + plain).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"benefitRating\": 5, \"effortRating\": 1, \"riskRating\": 1}").patch("/api/v1/sips/" + plain)
                .then().statusCode(200).body("score.score", equalTo(91.7f), "effortRating", equalTo(1));
        given().queryParam("initiativeId", initiative.toString()).queryParam("sort", "score").get("/api/v1/sips")
                .then().statusCode(200).body("items.id", contains(best, plain, kpi));
    }

    @Test
    void aDraftedSipIsScoredFromItsGapAndFocusAreas() {
        UUID initiative = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        Triggers.publish(stack.bootstrapServers(), CsiEventType.TARGET_MISSED, initiative.toString(),
                UUID.randomUUID().toString(), objective.toString(),
                Triggers.targetMissed(initiative, objective, UUID.randomUUID(), "6.5"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .queryParam("initiativeId", initiative.toString()).queryParam("sort", "score").get("/api/v1/sips")
                .then().statusCode(200).body("totalItems", equalTo(1)));
        // gap 2.5 of 4 and SERVICE_QUALITY (1.2, the heavier of its two areas): as the manual one above
        given().queryParam("initiativeId", initiative.toString()).queryParam("sort", "score").get("/api/v1/sips")
                .then().statusCode(200).body("items[0].origin", equalTo("TARGET_MISSED"),
                        "items[0].score.score", equalTo(62.2f),
                        "items[0].score.parts.basis", contains("RELATIVE_GAP", "DEFAULT", "DEFAULT", "FOCUS_AREA"));
    }

    @Test
    void badRatingsAndSortValuesAreProblems() {
        UUID initiative = UUID.randomUUID();
        for (String bad : new String[] { "\"benefitRating\": 0", "\"effortRating\": 6", "\"riskRating\": 2.5" }) {
            given().contentType(ContentType.JSON).body("""
                    {"title": "Bad", "initiativeId": "%s", "service": "email", "owner": "o@example.com", %s}"""
                    .formatted(initiative, bad)).post("/api/v1/sips").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.substring(1, bad.indexOf('"', 1))));
        }
        String id = create(initiative, "Patch me", "");
        String etag = given().get("/api/v1/sips/" + id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"riskRating\": 9}")
                .patch("/api/v1/sips/" + id).then().statusCode(400).body("errors.field", hasItem("riskRating"));
        given().queryParam("sort", "priority").get("/api/v1/sips").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("sort"));
    }
}
