package org.csi.testkit.security;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.csi.testkit.security.OpenApiOperations.Operation;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What the bad-input battery and the generative pass share: calls as csi-admin against the service REST Assured points
 * at, the checks every answer must pass, and the list sizes that tell whether anything was stored.
 */
final class InputProbe {

    /** A qualified Java name (org.csi.initiative.rest.InitiativeRequest, java.lang.String) or a stack frame. */
    static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][\\w$]*|\\bat [\\w.$]+\\(|Exception\\b");

    final String token = "Bearer " + TestTokens.forRoles("csi-admin");
    final List<String> failures = new ArrayList<>();
    final OpenApiOperations api;
    int calls;
    int serverErrors;

    InputProbe() {
        api = new OpenApiOperations(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    RequestSpecification request() {
        calls++;
        return given().header("Authorization", token).urlEncodingEnabled(false);
    }

    /** Sends a JSON body as it is (no re-encoding by REST Assured). */
    Response send(String method, String path, String body) {
        RequestSpecification request = request().contentType("application/json");
        if (body != null) {
            request.body(body.getBytes(StandardCharsets.UTF_8));
        }
        return request.request(method, path);
    }

    /** Must be a 4xx problem with no Java names in it. */
    void expectRefused(Operation endpoint, String what, Response response) {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        if (status >= 500) {
            serverErrors++;
        }
        if (status < 400 || status >= 500 || !type.startsWith("application/problem+json")) {
            failures.add(endpoint + " with " + what + " answered " + status + " " + type + " " + abbreviate(response.asString()));
        } else {
            expectNoJavaNames(endpoint, what, response);
        }
    }

    /** Any answer but a 5xx; an error answer must be a problem without Java names. */
    void expectNoServerError(Operation endpoint, String what, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            serverErrors++;
            failures.add(endpoint + " with " + what + " answered " + status + " " + abbreviate(response.asString()));
        } else if (status >= 400) {
            if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                failures.add(endpoint + " with " + what + " answered " + status + " " + response.contentType()
                        + ", not a problem");
            }
            expectNoJavaNames(endpoint, what, response);
        }
    }

    void expectNoJavaNames(Operation endpoint, String what, Response response) {
        String body = response.asString();
        var matcher = JAVA_NAME.matcher(body);
        if (matcher.find()) {
            failures.add(endpoint + " with " + what + " names Java code (" + matcher.group() + "): " + abbreviate(body));
        }
    }

    /** The path with every parameter a random UUID. */
    static String anyIds(String path) {
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    /** totalItems (or array length) of every list endpoint without path parameters. */
    Map<String, Integer> listSizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Operation endpoint : api.operations()) {
            if (!endpoint.method().equals("GET") || endpoint.hasPathParameters()) {
                continue;
            }
            Response response = given().header("Authorization", token).get(endpoint.path());
            if (response.statusCode() == 200 && String.valueOf(response.contentType()).startsWith("application/json")) {
                Object root = response.jsonPath().get("$");
                if (root instanceof Map<?, ?> object && !(object.get("totalItems") instanceof Number)) {
                    continue; // an object that is no page (e.g. a register's totals) lists nothing to count
                }
                Object total = response.jsonPath().get("totalItems");
                sizes.put(endpoint.path(), total instanceof Number n ? n.intValue()
                        : response.jsonPath().getList("$") == null ? -1 : response.jsonPath().getList("$").size());
            }
        }
        return sizes;
    }

    /**
     * POSTs (or PUTs) a body of {@code bytes} bytes with Transfer-Encoding: chunked (no Content-Length): REST Assured
     * always sends a length, java.net.http does not for a stream.
     */
    HttpResponse<String> sendChunked(String method, String path, long bytes) {
        calls++;
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        byte[] head = "{\"padding\": \"".getBytes(StandardCharsets.US_ASCII);
        InputStream padding = new InputStream() {
            long left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? 'y' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'y');
                left -= n;
                return n;
            }
        };
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(head),
                new SequenceInputStream(padding, new ByteArrayInputStream("\"}".getBytes(StandardCharsets.US_ASCII))));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", token).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null; // the server may close the connection on a refused body: that is a refusal too
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String abbreviate(String body) {
        String oneLine = String.valueOf(body).replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 197) + "..." : oneLine;
    }
}
