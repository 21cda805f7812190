package org.csi.sip.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.AsAdmin;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The platform's input rules, seen through sip-service: each refusal is a 400 problem naming the field, in words that
 * name no Java class; Location is a path; chunked bodies are counted; a token from the future is refused.
 */
@QuarkusTest
@CsiStackTest("sip-service")
@AsAdmin
class InputRulesTest {

    static final String FUTURE = LocalDate.now().plusDays(30).toString();

    @TestHTTPResource("/api/v1/sips")
    URI sips;

    static String sip(String extra) {
        return "{\"title\": \"Cut e-mail restore time\", \"service\": \"email\", \"owner\": \"maria@example.com\""
                + extra + "}";
    }

    static ValidatableResponse refused(String body, String field) {
        return given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/sips")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body(not(containsString("org.csi")), not(containsString("java.")), not(containsString("Exception")));
    }

    @Test
    void jsonThatParsesButBreaksARuleNamesTheField() {
        refused("{\"title\": \"a\", \"title\": \"b\", \"service\": \"email\", \"owner\": \"o\"}", "title")
                .body("errors[0].message", equalTo("appears more than once"));
        refused(sip(", \"actions\": [null]"), "actions[0]").body("errors[0].message", equalTo("must not be null"));
        refused(sip(", \"focusAreas\": [\"SERVICE_QUALITY\", null]"), "focusAreas[1]");
        refused(sip(", \"description\": \"a\\u0000b\""), "description");
        refused(sip(", \"process\": \"\\ud800\""), "process");
        refused(sip(", \"targetCompletionDate\": \"\\u0000\""), "targetCompletionDate");
        refused(sip(", \"targetCompletionDate\": \"+999999999-12-31\""), "targetCompletionDate");
        refused(sip(", \"targetCompletionDate\": \"0000-01-01\""), "targetCompletionDate");
        refused(sip(", \"cycle\": 99999999999"), "cycle");
        refused(sip(", \"actualValue\": 1234567890123456789012345678901234567890"), "actualValue");
        refused(sip(", \"actualValue\": 1e308"), "actualValue");
        refused(sip(", \"actualValue\": 1" + "0".repeat(150)), "actualValue");
        given().contentType(ContentType.JSON).body(sip(", \"actualValue\": 1" + "0".repeat(250))).post("/api/v1/sips")
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("StreamReadConstraints")));
        long started = System.nanoTime();
        refused(sip(", \"actualValue\": 1e200000, \"targetValue\": 4, \"direction\": \"LOWER_IS_BETTER\""), "actualValue");
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "1e200000 is refused before any arithmetic");
        refused(sip(", \"actualValue\": 1000000000000"), "actualValue");
    }

    @Test
    void malformedJsonIsMalformedAndNamesNoClass() {
        for (String body : new String[] { sip("") + " x", sip("") + sip(""), "[]", "\"text\"", "{\"title\": \"a" }) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/sips").then().statusCode(400)
                    .contentType("application/problem+json").body("title", equalTo("Malformed JSON"))
                    .body(not(containsString("org.csi")), not(containsString("`")));
        }
        given().contentType(ContentType.JSON).body(sip(", \"focusAreas\": 7")).post("/api/v1/sips").then()
                .statusCode(400).body("errors.field", hasItem("focusAreas")).body(not(containsString("java.")));
    }

    @Test
    void queryParametersAreBounded() {
        given().urlEncodingEnabled(false).get("/api/v1/sips?page=2147483647").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("page"));
        given().urlEncodingEnabled(false).get("/api/v1/sips?page=100000").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().urlEncodingEnabled(false).get("/api/v1/sips?owner=a%00b").then().statusCode(400)
                .body("errors.field", hasItem("owner"));
        given().urlEncodingEnabled(false).get("/api/v1/sips/%00").then().statusCode(400);
    }

    @Test
    void locationIsAPathWhateverTheHostHeaderSays() {
        String body = sip(", \"targetCompletionDate\": \"" + FUTURE + "\"");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/sips").then().statusCode(201)
                .header("Location", startsWith("/api/v1/sips/"));
        given().contentType(ContentType.JSON).header("Host", "evil.example.org").body(body).post("/api/v1/sips")
                .then().statusCode(201).header("Location", startsWith("/api/v1/sips/"))
                .header("Location", not(containsString("evil")));
    }

    @Test
    void aChunkedBodyIsCountedAsItArrives() throws Exception {
        byte[] head = "{\"title\": \"".getBytes(StandardCharsets.US_ASCII);
        InputStream padding = new ByteArrayInputStream("y".repeat(1_100_000).getBytes(StandardCharsets.US_ASCII));
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(head), new SequenceInputStream(padding,
                new ByteArrayInputStream("\"}".getBytes(StandardCharsets.US_ASCII))));
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(sips).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + TestTokens.forRoles("csi-admin"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        given().header("Authorization", "Bearer " + TestTokens.issuedAt(Instant.now().plusSeconds(600), "csi-admin"))
                .get("/api/v1/sips").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TestTokens.issuedAt(Instant.now().plusSeconds(20), "csi-admin"))
                .get("/api/v1/sips").then().statusCode(200);
    }
}
