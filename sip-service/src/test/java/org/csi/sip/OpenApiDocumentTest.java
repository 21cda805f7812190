package org.csi.sip;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csi.testkit.CsiStackTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document describes every operation: summary, description, and problem responses. */
@QuarkusTest
@CsiStackTest("sip-service")
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDescribed() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                operations++;
                Map<String, Object> op = operation.getValue();
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                boolean problems = responses.keySet().stream().filter(code -> code.startsWith("4"))
                        .allMatch(code -> String.valueOf(responses.get(code)).contains("application/problem+json"));
                if (op.get("summary") == null || op.get("description") == null || !problems) {
                    undocumented.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertEquals(17, operations, "every SIP operation is in the document (11 + getSipHistory + 5 ITSM reference and "
                + "change-request operations)");
        assertTrue(undocumented.isEmpty(), "undocumented: " + undocumented);
    }

    /** The actor is the caller: no request schema offers a field that names it (the old ones are refused). */
    @Test
    @SuppressWarnings("unchecked")
    void noRequestNamesTheActor() {
        Map<String, Map<String, Object>> schemas = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("components.schemas");
        for (String name : List.of("TransitionRequest", "ApproveRequest", "CompleteRequest", "CancelRequest",
                "SipRequest")) {
            Map<String, Object> properties = (Map<String, Object>) schemas.get(name).get("properties");
            for (String actorField : List.of("by", "approver", "createdBy", "raisedBy")) {
                assertTrue(!properties.containsKey(actorField), name + " must not offer " + actorField);
            }
            assertTrue(properties.containsKey("onBehalfOf"), name + " documents onBehalfOf");
        }
    }
}
