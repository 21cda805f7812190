package org.csi.initiative.ranking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The weights are configuration: here effort alone counts, and the default rating is 1; the ranking follows. */
@QuarkusTest
@TestProfile(ScoringWeightsTest.EffortOnly.class)
@CsiStackTest("initiative-service")
@AsAdmin
class ScoringWeightsTest {

    public static class EffortOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csi.scoring.benefit-weight", "0", "csi.scoring.effort-weight", "4",
                    "csi.scoring.risk-weight", "0", "csi.scoring.alignment-weight", "0",
                    "csi.scoring.default-rating", "1");
        }
    }

    @Test
    void theConfiguredWeightsMakeTheScore() {
        String owner = "weights-" + UUID.randomUUID() + "@example.com";
        String valuable = RankedRegisterTest.create(owner, "\"SECURITY\"", "\"benefitRating\": 5, \"effortRating\": 4");
        String easy = RankedRegisterTest.create(owner, "\"COST\"", "\"benefitRating\": 1, \"effortRating\": 1");
        String unrated = RankedRegisterTest.create(owner, "\"COST\"", "");
        given().get("/api/v1/initiatives/" + valuable).then().statusCode(200)
                .body("score.parts.weight", contains(0, 4, 0, 0), "score.score", equalTo(25.0f));
        given().get("/api/v1/initiatives/" + unrated).then().statusCode(200)
                .body("score.parts[1].rating", equalTo(1), "score.parts[1].basis", equalTo("DEFAULT"),
                        "score.score", equalTo(100.0f));
        given().queryParam("owner", owner).queryParam("sort", "score").get("/api/v1/initiatives").then()
                .statusCode(200).body("items.id", contains(unrated, easy, valuable));
    }
}
