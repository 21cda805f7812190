package org.csi.sip.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.ContractCheck;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The outside probe of issue 12 as tests: who acts is the token's caller, never a name in the body; the submitter
 * cannot approve (four-eyes); a csi-admin may act on behalf of someone and then both names are recorded; roles and
 * actors come from tokens shaped like Keycloak's and Entra ID's. Every token here is verified through the JWKS URL the
 * test resource serves.
 */
@QuarkusTest
@CsiStackTest("sip-service")
class SipIdentityTest {

    private static final String FUTURE = LocalDate.now().plusDays(30).toString();

    @InjectCsiStack
    CsiStack stack;

    @Test
    void malloryCannotNameSomeoneElseNorApproveHerOwnPlan() {
        String mallory = TestTokens.forSubject("mallory@example.com", "csi-manager");
        String bob = TestTokens.forSubject("bob@example.com", "csi-manager");
        String id = create(mallory, "{}").body("createdBy", equalTo("mallory@example.com")).extract().path("id");

        // The probe's bodies: an actor named in the body is refused, not silently recorded or dropped.
        call(mallory, id, "submit", "{\"by\": \"alice@example.com\"}", 400)
                .body("errors.field", hasItem("by"));
        call(mallory, id, "submit", "{\"note\": \"ready\"}", 200).body("status", equalTo("SUBMITTED"));
        call(mallory, id, "approve", "{\"approver\": \"cio@example.com\"}", 400)
                .body("errors.field", hasItem("approver"));

        // Four-eyes: the submitter cannot approve.
        call(mallory, id, "approve", "{}", 403).body("type", equalTo("urn:csi:problem:four-eyes"));
        read(id).body("status", equalTo("SUBMITTED"));

        call(bob, id, "approve", "{\"note\": \"ok\"}", 200)
                .body("status", equalTo("APPROVED"), "approvedBy", equalTo("bob@example.com"));
        read(id).body("transitions.by", equalTo(List.of("mallory@example.com", "mallory@example.com",
                "bob@example.com")), "transitions.by", not(hasItem("alice@example.com")),
                "transitions.by", not(hasItem("cio@example.com")), "transitions.onBehalfOf", everyItem(nullValue()));
        given().header("Authorization", "Bearer " + TestTokens.forRoles("csi-viewer"))
                .get("/api/v1/sips/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATED", "SUBMITTED", "APPROVED")),
                        "items.actor", equalTo(List.of("mallory@example.com", "mallory@example.com",
                                "bob@example.com")));
        given().header("Authorization", "Bearer " + TestTokens.forRoles("csi-viewer"))
                .get("/api/v1/sips/" + UUID.randomUUID() + "/history").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAnAdminActsOnBehalfOfSomeoneAndThenBothNamesAreRecorded() {
        String mallory = TestTokens.forSubject("mallory@example.com", "csi-manager");
        String admin = TestTokens.forSubject("admin@example.com", "csi-admin");
        String maria = TestTokens.forSubject("maria@example.com", "csi-manager");
        String cio = TestTokens.forSubject("cio@example.com", "csi-manager");

        create(mallory, "\"maria@example.com\"", 403).body("type", equalTo("urn:csi:problem:on-behalf-of"));
        String id = create(admin, "\"maria@example.com\"", 201)
                .body("createdBy", equalTo("admin@example.com"), "createdOnBehalfOf", equalTo("maria@example.com"))
                .extract().path("id");
        call(mallory, id, "submit", "{\"onBehalfOf\": \"alice@example.com\"}", 403)
                .body("type", equalTo("urn:csi:problem:on-behalf-of"));
        call(admin, id, "submit", "{\"onBehalfOf\": \"maria@example.com\"}", 200);

        // Submitted for maria: neither maria nor the admin who acted for her may approve.
        call(maria, id, "approve", "{}", 403).body("type", equalTo("urn:csi:problem:four-eyes"));
        call(admin, id, "approve", "{\"onBehalfOf\": \"cio@example.com\"}", 403)
                .body("type", equalTo("urn:csi:problem:four-eyes"));
        call(cio, id, "approve", "{}", 200).body("approvedBy", equalTo("cio@example.com"),
                "approvedOnBehalfOf", nullValue());

        read(id).body("transitions[1].by", equalTo("admin@example.com"),
                "transitions[1].onBehalfOf", equalTo("maria@example.com"),
                "transitions[2].by", equalTo("cio@example.com"));
    }

    @Test
    void keycloakAndEntraTokensGiveRolesAndActors() {
        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.SIPS)) {
            // Keycloak: roles in realm_access.roles, the person in email (csi.identity.actor-claim=email in tests).
            String keycloak = TestTokens.keycloak("kc.author", "kc.author@example.com", "csi-manager",
                    "default-roles-csi", "offline_access");
            String id = create(keycloak, "{}").body("createdBy", equalTo("kc.author@example.com")).extract().path("id");
            call(keycloak, id, "submit", "{}", 200);

            // Entra ID: app roles in roles; no email claim, so the actor falls back to sub.
            String entraViewer = TestTokens.entra("viewer@contoso.example", "csi-viewer");
            read(entraViewer, id).statusCode(200);
            call(entraViewer, id, "approve", "{}", 403).body("type", not(equalTo("urn:csi:problem:four-eyes")));
            String entraManager = TestTokens.entra("approver@contoso.example", "csi-manager");
            String sub = (String) io.restassured.path.json.JsonPath
                    .from(new String(java.util.Base64.getUrlDecoder().decode(entraManager.split("\\.")[1])))
                    .get("sub");
            call(entraManager, id, "approve", "{}", 200).body("approvedBy", equalTo(sub));

            List<ConsumerRecord<String, String>> approved = probe.await(
                    r -> "csi.sip.approved".equals(TopicProbe.header(r, "ce_type"))
                            && id.equals(TopicProbe.header(r, "ce_subject")), 1, Duration.ofSeconds(60));
            ContractCheck.assertConforms(approved);
            assertTrue(approved.get(0).value().contains("\"by\":\"" + sub + "\""), approved.get(0).value());
        }
        // A token from a provider that grants none of the CSI roles reads nothing.
        String noRoles = TestTokens.keycloak("stranger", "stranger@example.com", "offline_access");
        given().header("Authorization", "Bearer " + noRoles).get("/api/v1/sips").then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(401, given().get("/api/v1/sips").statusCode());
    }

    private static ValidatableResponse create(String token, String onBehalfOfJson) {
        return create(token, onBehalfOfJson.equals("{}") ? null : onBehalfOfJson, 201);
    }

    private static ValidatableResponse create(String token, String onBehalfOfJson, int status) {
        String body = """
                {"title": "Cut e-mail restore time", "initiativeId": "%s", "service": "email",
                 "owner": "maria@example.com", "targetCompletionDate": "%s"%s}"""
                .formatted(UUID.randomUUID(), FUTURE, onBehalfOfJson == null ? "" : ", \"onBehalfOf\": " + onBehalfOfJson);
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/sips").then().statusCode(status);
    }

    private static ValidatableResponse call(String token, String id, String step, String body, int status) {
        ValidatableResponse response = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(body).post("/api/v1/sips/" + id + "/" + step).then().statusCode(status);
        return status >= 400 ? response.contentType("application/problem+json") : response;
    }

    private static ValidatableResponse read(String id) {
        return read(TestTokens.forRoles("csi-viewer"), id);
    }

    private static ValidatableResponse read(String token, String id) {
        return given().header("Authorization", "Bearer " + token).get("/api/v1/sips/" + id).then().statusCode(200);
    }
}
