package org.csi.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.csi.stack.security.JwtKeys;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.AsAdmin;
import org.csi.testkit.security.TestTokens;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A measurement's sourceSystem is bound to the calling client: an ITSM tool cannot claim another tool's name and
 * pre-empt its sourceIds (test profile: client test-csi-integration is bound to servicenow), and a person's values are
 * recorded as manual.
 */
@QuarkusTest
@CsiStackTest("assessment-service")
@AsAdmin
class SourceSystemBindingTest {

    private final String service = "binding-" + UUID.randomUUID();
    private final String at = Instant.now().minus(1, ChronoUnit.HOURS).toString();

    @Test
    void aToolMaySendOnlyItsOwnSourceSystem() {
        String servicenow = TestTokens.forRoles("csi-integration"); // sub test-csi-integration -> servicenow
        post(servicenow, "servicenow", "inc-1").then().statusCode(201).body("sourceSystem", equalTo("servicenow"));

        post(servicenow, "bmc-helix", "inc-2").then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:csi:problem:source-system-not-yours"));
        given().header("Authorization", "Bearer " + servicenow).contentType(ContentType.JSON).body("""
                {"measurements": [%s, %s]}""".formatted(item("servicenow", "inc-3"), item("bmc-helix", "inc-4")))
                .post("/api/v1/measurements/bulk").then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("measurements[1].sourceSystem"));
        seriesSize(1); // nothing of the refused requests was stored
    }

    @Test
    void aClientWithoutAMappingIsBoundToItsAzp() throws Exception {
        String toolB = tokenWithClaim("azp", "tool-b", "service-account-tool-b");
        // tool-b cannot pre-empt servicenow's sourceId
        post(toolB, "servicenow", "inc-9").then().statusCode(403);
        post(toolB, "tool-b", "inc-9").then().statusCode(201).body("sourceSystem", equalTo("tool-b"));
        String clientId = tokenWithClaim("client_id", "tool-c", "some-subject");
        post(clientId, "tool-c", "inc-9").then().statusCode(201).body("sourceSystem", equalTo("tool-c"));
        // and the real servicenow measurement inc-9 is its own, not a duplicate of tool-b's
        post(TestTokens.forRoles("csi-integration"), "servicenow", "inc-9").then().statusCode(201)
                .body("sourceSystem", equalTo("servicenow"));
    }

    @Test
    void aPersonIsRecordedAsManualAndCannotPreemptATool() {
        post(TestTokens.forRoles("csi-analyst"), "servicenow", "inc-7").then().statusCode(201)
                .body("sourceSystem", equalTo("manual:servicenow"));
        post(TestTokens.forRoles("csi-admin"), "manual", "sheet-1").then().statusCode(201)
                .body("sourceSystem", equalTo("manual"));
        // the tool's own inc-7 arrives later: stored, not answered with the analyst's value
        post(TestTokens.forRoles("csi-integration"), "servicenow", "inc-7").then().statusCode(201)
                .body("sourceSystem", equalTo("servicenow"));
        seriesSize(3);
    }

    private io.restassured.response.Response post(String token, String sourceSystem, String sourceId) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(item(sourceSystem, sourceId)).post("/api/v1/measurements");
    }

    private String item(String sourceSystem, String sourceId) {
        return """
                {"kpiKey": "incident.mttr.hours", "service": "%s", "value": 5.5, "unit": "hours", "measuredAt": "%s",
                 "sourceSystem": "%s", "sourceId": "%s"}""".formatted(service, at, sourceSystem, sourceId);
    }

    private void seriesSize(int n) {
        given().get("/api/v1/services/" + service + "/kpis/incident.mttr.hours/measurements").then().statusCode(200)
                .body("totalItems", equalTo(n));
    }

    /** A csi-integration token as Keycloak or an RFC 9068 server issues it: the client in azp or client_id. */
    static String tokenWithClaim(String claim, String client, String subject) throws Exception {
        JwtKeys keys = JwtKeys.in(Path.of(System.getProperty(TestTokens.PRIVATE_KEY_PROPERTY)).getParent());
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(System.getProperty(TestTokens.ISSUER_PROPERTY, TestTokens.ISSUER));
        claims.setSubject(subject);
        claims.setClaim(claim, client);
        claims.setStringListClaim("groups", List.of("csi-integration"));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(Duration.ofMinutes(30).toMinutes());
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }
}
