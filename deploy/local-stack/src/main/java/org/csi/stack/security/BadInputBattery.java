package org.csi.stack.security;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.stack.security.EndpointAccess.Endpoint;

import io.restassured.response.Response;

/**
 * Sends every write endpoint of a service's OpenAPI document the bad input an ITSM tool or an attacker might: malformed
 * JSON, wrong types, missing fields, unknown enum values, huge strings and bodies, wrong content types and illegal ids.
 * Each answer must be a 4xx {@code application/problem+json}, never a 5xx, and the lists the service serves must hold
 * as many items afterwards as before. Calls go out as csi-admin, so access rules never hide a validation gap.
 */
public final class BadInputBattery {

    private static final String HUGE_STRING = "x".repeat(300_000);
    private static final List<String> BODIES = List.of(
            "{\"unterminated\": ",
            "[]",
            "\"just a string\"",
            "{}",
            "{\"title\": 42, \"name\": {}, \"value\": \"not a number\", \"kpiKey\": [], \"service\": false,"
                    + " \"measurements\": \"many\", \"audiences\": 7, \"levels\": \"high\", \"dueDate\": \"someday\"}",
            "{\"status\": \"NOPE\", \"direction\": \"SIDEWAYS\", \"focusAreas\": [\"WORLD_PEACE\"], \"model\": \"X\","
                    + " \"kind\": \"ALIENS\", \"channel\": \"PIGEON\", \"horizon\": \"FOREVER\"}",
            "{\"title\": \"" + HUGE_STRING + "\", \"name\": \"" + HUGE_STRING + "\", \"description\": \"" + HUGE_STRING
                    + "\"}",
            "{\"padding\": \"" + "y".repeat(2_000_000) + "\"}");

    private BadInputBattery() {
    }

    /** Throws AssertionError listing every answer that was not a 4xx problem and every list that changed size. */
    public static void assertRejectedCleanly() {
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        List<Endpoint> endpoints = EndpointAccess.documented(openApi);
        Map<String, Integer> before = listSizes(endpoints);
        String token = "Bearer " + TestTokens.forRoles("csi-admin");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Endpoint endpoint : endpoints) {
            if (endpoint.method().equals("GET") || endpoint.method().equals("DELETE")) {
                continue;
            }
            String path = endpoint.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String body : BODIES) {
                check(failures, endpoint, "body " + abbreviate(body), given().header("Authorization", token)
                        .contentType("application/json").body(body).request(endpoint.method(), path));
                calls++;
            }
            check(failures, endpoint, "text/plain body", given().header("Authorization", token)
                    .contentType("text/plain").body("hello").request(endpoint.method(), path));
            check(failures, endpoint, "XML body", given().header("Authorization", token)
                    .contentType("application/xml").body("<a/>").request(endpoint.method(), path));
            calls += 2;
            if (endpoint.path().contains("{")) {
                String illegal = endpoint.path().replaceAll("\\{[^}]+}", "not-a-uuid%20' OR 1=1");
                check(failures, endpoint, "illegal id", given().header("Authorization", token)
                        .contentType("application/json").body("{}").request(endpoint.method(), illegal));
                calls++;
            }
        }
        Map<String, Integer> after = listSizes(endpoints);
        if (!before.equals(after)) {
            failures.add("stored data changed: list sizes before " + before + ", after " + after);
        }
        if (calls == 0) {
            failures.add("the OpenAPI document lists no write endpoint");
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + calls + " bad requests were not refused cleanly:\n"
                    + String.join("\n", failures));
        }
    }

    private static void check(List<String> failures, Endpoint endpoint, String what, Response response) {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        if (status < 400 || status >= 500 || !type.startsWith("application/problem+json")) {
            failures.add(endpoint + " with " + what + " answered " + status + " " + type);
        }
    }

    /** totalItems (or array length) of every list endpoint without path parameters. */
    private static Map<String, Integer> listSizes(List<Endpoint> endpoints) {
        String token = "Bearer " + TestTokens.forRoles("csi-admin");
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.method().equals("GET") || endpoint.path().contains("{")) {
                continue;
            }
            Response response = given().header("Authorization", token).get(endpoint.path());
            if (response.statusCode() == 200 && String.valueOf(response.contentType()).startsWith("application/json")) {
                Object total = response.jsonPath().get("totalItems");
                sizes.put(endpoint.path(), total instanceof Number n ? n.intValue()
                        : response.jsonPath().getList("$") == null ? -1 : response.jsonPath().getList("$").size());
            }
        }
        return sizes;
    }

    private static String abbreviate(String body) {
        return body.length() > 60 ? body.substring(0, 57) + "..." : body;
    }
}
