package org.csi.testkit.security;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.csi.stack.security.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.specification.RequestSpecification;

/**
 * Checks the access rules of every endpoint a service documents in its OpenAPI: without a token 401, with a role that
 * may not call it 403, with a role that may call it neither of those (and never a 5xx). Path parameters are random
 * UUIDs and bodies are {@code {}}, so an allowed call is refused by validation or finds nothing and changes no data.
 */
public final class EndpointAccess {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One documented operation. */
    public record Endpoint(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private EndpointAccess() {
    }

    /** Every operation under /api in an OpenAPI document (JSON). */
    public static List<Endpoint> documented(String openApiJson) {
        try {
            JsonNode paths = JSON.readTree(openApiJson).path("paths");
            List<Endpoint> endpoints = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        endpoints.add(new Endpoint(method.toUpperCase(), path.getKey()));
                    }
                });
            }
            return endpoints;
        } catch (Exception e) {
            throw new IllegalStateException("Not an OpenAPI document", e);
        }
    }

    /**
     * @param baseUri      the service, e.g. http://localhost:8081 (null: REST Assured's defaults)
     * @param endpoints    what to check
     * @param allowedRoles the access table: which roles may call an endpoint
     * @return the violations, one line each; empty when every rule holds
     */
    public static List<String> violations(String baseUri, List<Endpoint> endpoints,
            Function<Endpoint, Set<String>> allowedRoles) {
        List<String> violations = new ArrayList<>();
        Map<String, String> tokens = new java.util.HashMap<>();
        for (String role : Tokens.ROLES) {
            tokens.put(role, TestTokens.forRoles(role));
        }
        for (Endpoint endpoint : endpoints) {
            boolean open = allowedRoles instanceof AccessTable table && table.isOpen(endpoint);
            int anonymous = call(baseUri, endpoint, null);
            if (open && (anonymous == 401 || anonymous == 403 || anonymous >= 500)) {
                violations.add(endpoint + " is public but answered " + anonymous + " without a token");
            } else if (!open && anonymous != 401) {
                violations.add(endpoint + " without a token answered " + anonymous + ", expected 401");
            }
            Set<String> allowed = allowedRoles.apply(endpoint);
            for (String role : Tokens.ROLES) {
                int status = call(baseUri, endpoint, tokens.get(role));
                if (allowed.contains(role) && (status == 401 || status == 403 || status >= 500)) {
                    violations.add(endpoint + " as " + role + " answered " + status + ", expected it to be let through");
                } else if (!allowed.contains(role) && status != 403) {
                    violations.add(endpoint + " as " + role + " answered " + status + ", expected 403");
                }
            }
        }
        return violations;
    }

    /**
     * Reads the service's OpenAPI document and checks every /api endpoint against the table; also that health,
     * metrics and OpenAPI stay open and that a token signed by another key is refused.
     */
    public static void assertEnforced(String baseUri, AccessTable table) {
        RequestSpecification open = given();
        if (baseUri != null) {
            open.baseUri(baseUri);
        }
        String openApi = open.get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        List<Endpoint> endpoints = documented(openApi);
        if (endpoints.isEmpty()) {
            throw new AssertionError("The OpenAPI document lists no /api endpoint");
        }
        List<String> violations = new ArrayList<>(violations(baseUri, endpoints, table));
        for (String openPath : List.of("/q/health/ready", "/q/metrics", "/q/openapi")) {
            int status = given().baseUri(baseUri == null ? io.restassured.RestAssured.baseURI + ":"
                    + io.restassured.RestAssured.port : baseUri).get(openPath).statusCode();
            if (status != 200) {
                violations.add(openPath + " without a token answered " + status + ", expected 200");
            }
        }
        String forged = Tokens.issue(forgedKey(), TestTokens.ISSUER, "mallory", List.of("csi-admin"),
                java.time.Duration.ofMinutes(5));
        Endpoint first = endpoints.stream().filter(e -> e.method().equals("GET") && !table.isOpen(e)).findFirst()
                .orElse(endpoints.get(0));
        int status = call(baseUri, first, forged);
        if (status != 401) {
            violations.add(first + " with a token signed by another key answered " + status + ", expected 401");
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("Access rules broken:\n" + String.join("\n", violations));
        }
    }

    private static java.security.PrivateKey forgedKey() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int call(String baseUri, Endpoint endpoint, String token) {
        RequestSpecification request = given();
        if (baseUri != null) {
            request.baseUri(baseUri);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String path = endpoint.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        if (!endpoint.method().equals("GET") && !endpoint.method().equals("DELETE")) {
            request.contentType("application/json").body("{}");
        }
        io.restassured.response.Response response = request.request(endpoint.method(), path);
        int status = response.statusCode();
        if ((status == 401 || status == 403) && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return -status; // refused, but not as an RFC 9457 problem: reported as a violation
        }
        return status;
    }
}
