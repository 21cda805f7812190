package org.csi.stack.security;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Lets a service's {@code @QuarkusTest}s call the secured API as csi-admin by default, so tests about behaviour need no
 * token plumbing: a REST Assured filter adds the bearer token to every request that has no Authorization header of
 * its own. Tests about anonymous access are annotated {@link NoDefaultToken}. Registered through
 * {@code META-INF/services}; Quarkus calls it before each test method, in the test's class loader.
 */
public class DefaultBearerToken implements QuarkusTestBeforeEachCallback {

    private static Filter adminToken;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (context.getTestInstance().getClass().isAnnotationPresent(NoDefaultToken.class)) {
            RestAssured.replaceFiltersWith(java.util.List.of());
            return;
        }
        if (adminToken == null) {
            adminToken = TestTokens.bearerFilter("csi-admin");
        }
        RestAssured.replaceFiltersWith(adminToken);
    }
}
