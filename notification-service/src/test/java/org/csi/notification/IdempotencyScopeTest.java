package org.csi.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.AsAdmin;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * An Idempotency-Key belongs to its caller: another caller replaying the key (and even the body) makes a request of its
 * own and never receives the first caller's stored answer, which for a subscription holds the signing secret.
 */
@QuarkusTest
@CsiStackTest("notification-service")
@AsAdmin
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class IdempotencyScopeTest {

    @Test
    void anotherCallersReplayIsAFreshRequest() {
        String key = "sub-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("csi.sip.drafted"));
        String alice = TestTokens.forRoles("csi-manager");
        String bob = TestTokens.forRoles("csi-admin");

        ExtractableResponse<Response> first = create(alice, key, body);
        assertEquals(201, first.statusCode());
        String aliceSecret = first.path("secret");

        // the same caller retrying gets its first answer again
        ExtractableResponse<Response> retry = create(alice, key, body);
        assertEquals(201, retry.statusCode());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals((String) first.path("id"), retry.path("id"));

        // another caller with the same key and body: its own subscription, its own secret, no replay
        ExtractableResponse<Response> other = create(bob, key, body);
        assertEquals(201, other.statusCode());
        assertEquals(null, other.header("Idempotent-Replayed"));
        assertNotEquals((String) first.path("id"), other.path("id"));
        assertNotEquals(aliceSecret, other.path("secret"));

        // and another body under that key is that caller's business only: no 422 because of alice's use
        given().header("Authorization", "Bearer " + TestTokens.forRoles("csi-admin", "csi-manager"))
                .header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/other", "eventTypes", List.of("csi.sip.drafted")))
                .post("/api/v1/subscriptions").then().statusCode(201).body("secret", not(nullValue()))
                .body("url", equalTo("http://127.0.0.1:9/other"));

        for (String id : List.<String>of(first.path("id"), other.path("id"))) {
            given().delete("/api/v1/subscriptions/" + id).then().statusCode(204);
        }
    }

    private static ExtractableResponse<Response> create(String token, String key, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/subscriptions").then().extract();
    }
}
