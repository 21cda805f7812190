package org.csi.initiative.ranking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 17 part 5 through the API: an initiative's score and its explained parts with the built-in weights, ratings
 * set on create and update, the register sorted by score, and bad ratings or sort values refused.
 */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class RankedRegisterTest {

    static String body(String owner, String focus, String ratings) {
        return """
                {"title": "Ranked %s", "vision": "Rank me", "focusAreas": [%s], "owner": "%s"%s}"""
                .formatted(focus.replace("\"", ""), focus, owner, ratings.isEmpty() ? "" : ", " + ratings);
    }

    static String create(String owner, String focus, String ratings) {
        return given().contentType(ContentType.JSON).body(body(owner, focus, ratings)).post("/api/v1/initiatives")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void theScoreExplainsItselfPartByPart() {
        String owner = "rank-" + UUID.randomUUID() + "@example.com";
        String id = create(owner, "\"SECURITY\"", "\"benefitRating\": 5, \"effortRating\": 2, \"riskRating\": 3");
        // weights 3 / 2 / 1 / 2 (sum 8): benefit 5 -> 37.5, effort 2 -> 18.75, risk 3 -> 6.25, SECURITY (1.5 of 1.5) -> 25
        given().get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("benefitRating", equalTo(5), "effortRating", equalTo(2), "riskRating", equalTo(3),
                        "score.score", equalTo(87.5f),
                        "score.parts.aspect", contains("BENEFIT", "EFFORT", "RISK", "ALIGNMENT"),
                        "score.parts.weight", contains(3, 2, 1, 2),
                        "score.parts.contribution", contains(37.5f, 18.75f, 6.25f, 25.0f),
                        "score.parts.basis", contains("RATED", "RATED", "RATED", "FOCUS_AREA"),
                        "score.parts[3].detail", equalTo("focus-area weight 1.5 of at most 1.5"));

        // unrated parts count with the default rating (3) and say so; COST (1.0 of 1.5) aligns less
        String plain = create(owner, "\"COST\"", "");
        given().get("/api/v1/initiatives/" + plain).then().statusCode(200)
                .body("benefitRating", nullValue(), "score.parts.basis", contains("DEFAULT", "DEFAULT", "DEFAULT",
                        "FOCUS_AREA"), "score.parts[0].detail", equalTo("not rated"),
                        // 18.75 + 12.5 + 6.25 + 100 x 2 x (3.6667 - 1) / 4 / 8 = 16.67 -> 54.2
                        "score.score", equalTo(54.2f));
    }

    @Test
    void ratingsAreSetOnUpdateAndTheListRanksByScore() {
        String owner = "rank-" + UUID.randomUUID() + "@example.com";
        String low = create(owner, "\"COST\"", "\"benefitRating\": 1, \"effortRating\": 5, \"riskRating\": 5");
        String high = create(owner, "\"SECURITY\"", "\"benefitRating\": 5, \"effortRating\": 1, \"riskRating\": 2");
        String middle = create(owner, "\"SERVICE_QUALITY\"", "");

        List<String> newest = given().queryParam("owner", owner).get("/api/v1/initiatives").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(List.of(middle, high, low), newest);
        given().queryParam("owner", owner).queryParam("sort", "score").get("/api/v1/initiatives").then()
                .statusCode(200).body("items.id", contains(high, middle, low),
                        // 37.5 + 25 + 9.38 + 25; 18.75 + 12.5 + 6.25 + 20 (SERVICE_QUALITY 1.2 of 1.5); only alignment 16.67
                        "items.score.score", contains(96.9f, 57.5f, 16.7f),
                        "totalItems", equalTo(3));
        // paging follows the ranking
        given().queryParam("owner", owner).queryParam("sort", "score").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/initiatives").then().statusCode(200).body("items.id", contains(middle),
                        "totalItems", equalTo(3), "totalPages", equalTo(3));

        // the low one rated up on update overtakes the others
        String etag = given().get("/api/v1/initiatives/" + low).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(body(owner, "\"SECURITY\"", "\"benefitRating\": 5, \"effortRating\": 1, \"riskRating\": 1"))
                .put("/api/v1/initiatives/" + low).then().statusCode(200).body("benefitRating", equalTo(5));
        given().queryParam("owner", owner).queryParam("sort", "score").get("/api/v1/initiatives").then()
                .statusCode(200).body("items.id", contains(low, high, middle));
    }

    @Test
    void badRatingsAndSortValuesAreProblems() {
        for (String bad : new String[] { "\"benefitRating\": 0", "\"effortRating\": 6", "\"riskRating\": -1" }) {
            given().contentType(ContentType.JSON).body(body("x@example.com", "\"COST\"", bad))
                    .post("/api/v1/initiatives").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.substring(1, bad.indexOf('"', 1))));
        }
        given().contentType(ContentType.JSON).body(body("x@example.com", "\"COST\"", "\"benefitRating\": \"high\""))
                .post("/api/v1/initiatives").then().statusCode(400);
        given().queryParam("sort", "votes").get("/api/v1/initiatives").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("sort"));
    }
}
