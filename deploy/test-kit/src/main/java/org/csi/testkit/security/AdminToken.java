package org.csi.testkit.security;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * The extension behind {@link AsAdmin}: before each test method, a REST Assured filter adds a {@code csi-admin} bearer
 * token to every request without an Authorization header; after it, the filters are cleared again. In a
 * {@code @QuarkusTest} the test class, this extension and REST Assured are loaded by the same (Quarkus) class loader,
 * so the filter is the one the test's {@code given()} sees.
 */
public final class AdminToken implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        RestAssured.replaceFiltersWith(adminFilter());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RestAssured.replaceFiltersWith(List.of());
    }

    /** Made per test method: the token is signed with the key pair of the running test resource. */
    private static Filter adminFilter() {
        return TestTokens.bearerFilter("csi-admin");
    }
}
