package org.csi.assessment.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.UUID;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 12's probe against assessment-service: the assessor of a maturity assessment is the caller, never a name in
 * the body; a survey's respondent stays the survey's label while recordedBy names the caller who entered it.
 */
@QuarkusTest
@CsiStackTest("assessment-service")
class AssessmentIdentityTest {

    private static String assessment(String extra) {
        return """
                {"process": "Identity probe %s", "model": "ITIL_PMF", "assessmentType": "FACILITATED",
                 "assessedOn": "%s", "levels": {"VISION_AND_STEERING": 2, "PROCESS": 3, "PEOPLE": 2, "TECHNOLOGY": 3,
                 "CULTURE": 1}%s}""".formatted(UUID.randomUUID(), LocalDate.now(), extra);
    }

    @Test
    void theAssessorIsTheCallerAndOnlyAnAdminRecordsOnBehalfOfSomeone() {
        String mallory = TestTokens.forSubject("mallory@example.com", "csi-analyst");
        String admin = TestTokens.forSubject("admin@example.com", "csi-admin");

        post(mallory, "/api/v1/maturity-assessments", assessment(", \"assessor\": \"alice@example.com\""), 400)
                .body("errors.field", hasItem("assessor"));
        post(mallory, "/api/v1/maturity-assessments", assessment(", \"onBehalfOf\": \"alice@example.com\""), 403)
                .body("type", equalTo("urn:csi:problem:on-behalf-of"));
        String id = post(mallory, "/api/v1/maturity-assessments", assessment(""), 201)
                .body("assessor", equalTo("mallory@example.com"), "assessorOnBehalfOf", nullValue())
                .extract().path("id");
        given().header("Authorization", "Bearer " + TestTokens.forRoles("csi-viewer"))
                .get("/api/v1/maturity-assessments/" + id).then().statusCode(200)
                .body("assessor", equalTo("mallory@example.com"));

        post(admin, "/api/v1/maturity-assessments", assessment(", \"onBehalfOf\": \"external.assessor@example.com\""),
                201).body("assessor", equalTo("admin@example.com"),
                        "assessorOnBehalfOf", equalTo("external.assessor@example.com"));
    }

    @Test
    void aSurveysRespondentIsItsLabelAndRecordedByIsTheCaller() {
        String analyst = TestTokens.forSubject("survey.team@example.com", "csi-analyst");
        post(analyst, "/api/v1/services/identity-" + UUID.randomUUID() + "/perception-responses", """
                {"respondentType": "CUSTOMER", "respondent": "customer-panel-17",
                 "ratings": {"RELIABILITY": {"expectation": 7, "perception": 4}}}""", 201)
                .body("respondent", equalTo("customer-panel-17"), "recordedBy", equalTo("survey.team@example.com"));
    }

    private static ValidatableResponse post(String token, String path, String body, int status) {
        ValidatableResponse response = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(body).post(path).then().statusCode(status);
        return status >= 400 ? response.contentType("application/problem+json") : response;
    }
}
