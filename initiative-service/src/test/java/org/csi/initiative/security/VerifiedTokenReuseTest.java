package org.csi.initiative.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * csi-platform's verified-token cache (CachingJwtParser) in a running service: a client calling again with the same
 * token is not verified again (seen in the cache's Micrometer metrics), and a token whose signature differs from a
 * cached one in a single character is still refused.
 */
@QuarkusTest
@CsiStackTest("initiative-service")
class VerifiedTokenReuseTest {

    @Test
    void aTokenIsVerifiedOnceAndAForgedTwinIsStillRefused() {
        String token = TestTokens.forSubject("repeat.caller@example.com", "csi-viewer");
        double hitsBefore = hits();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(200);
        }
        assertTrue(hits() - hitsBefore >= 2, "the second and third calls reuse the verification");

        char last = token.charAt(token.length() - 2);
        String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        given().auth().oauth2(forged).get("/api/v1/initiatives").then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(200);
    }

    private static double hits() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^cache_gets_total\\{[^}]*cache=\"csi\\.verified\\.tokens\"[^}]*result=\"hit\"[^}]*} (\\S+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
