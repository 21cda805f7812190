package org.csi.sip.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Four-eyes is a setting: with {@code csi.sip.four-eyes=false} the submitter may approve (and is still recorded). */
@QuarkusTest
@TestProfile(FourEyesOffTest.FourEyesOff.class)
@CsiStackTest("sip-service")
class FourEyesOffTest {

    public static class FourEyesOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csi.sip.four-eyes", "false");
        }
    }

    @Test
    void theSubmitterMayApproveWhenFourEyesIsOff() {
        String solo = TestTokens.forSubject("solo@example.com", "csi-manager");
        String id = given().header("Authorization", "Bearer " + solo).contentType(ContentType.JSON).body("""
                {"title": "Small team", "initiativeId": "%s", "service": "email", "owner": "solo@example.com"}"""
                .formatted(UUID.randomUUID())).post("/api/v1/sips").then().statusCode(201).extract().path("id");
        for (String step : new String[] { "submit", "approve" }) {
            given().header("Authorization", "Bearer " + solo).contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/sips/" + id + "/" + step).then().statusCode(200);
        }
        given().header("Authorization", "Bearer " + solo).get("/api/v1/sips/" + id).then().statusCode(200)
                .body("status", equalTo("APPROVED"), "approvedBy", equalTo("solo@example.com"),
                        "transitions[1].by", equalTo("solo@example.com"));
    }
}
