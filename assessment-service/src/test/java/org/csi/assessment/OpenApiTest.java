package org.csi.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.csi.testkit.CsiStackTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document describes every endpoint of the service, with problem responses. */
@QuarkusTest
@CsiStackTest("assessment-service")
class OpenApiTest {

    @Test
    void everyEndpointIsDescribed() {
        String[] paths = { "/api/v1/maturity-assessments", "/api/v1/maturity-assessments/{id}",
                "/api/v1/processes/{process}/maturity-history", "/api/v1/practices", "/api/v1/practices/{id}",
                "/api/v1/measurements", "/api/v1/measurements/bulk", "/api/v1/measurements/{id}",
                "/api/v1/services/{service}/kpis/{kpiKey}/measurements", "/api/v1/baselines", "/api/v1/baselines/{id}",
                "/api/v1/services/{service}/perception-responses", "/api/v1/services/{service}/service-gaps",
                "/api/v1/gap-analysis", "/api/v1/services/{service}/profile",
                "/api/v1/services/{service}/specifications", "/api/v1/services/{service}/promises",
                "/api/v1/services/{service}/gap-model" };
        var response = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("application/problem+json"), containsString("Record many measurements"));
        for (String path : paths) {
            response.body(containsString("\"" + path + "\""));
        }
    }
}
