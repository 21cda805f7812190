package org.csi.stack.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Tokens for the tests of one JVM. The test resource (or the system-test suite) that created the key pair records it
 * in system properties, which every class loader of the JVM sees.
 */
public final class TestTokens {

    public static final String PRIVATE_KEY_PROPERTY = "csi.test.jwt.private-key";
    public static final String ISSUER_PROPERTY = "csi.test.jwt.issuer";
    public static final String ISSUER = "csi-test";

    private TestTokens() {
    }

    /** Records the keys the tests of this JVM sign with. */
    public static void use(JwtKeys keys) {
        System.setProperty(PRIVATE_KEY_PROPERTY, keys.privateKeyFile().toString());
        System.setProperty(ISSUER_PROPERTY, ISSUER);
    }

    /** A REST Assured filter that sends a token for the roles with every request that has no Authorization header. */
    public static io.restassured.filter.Filter bearerFilter(String... roles) {
        String token = forRoles(roles);
        return (request, response, chain) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + token);
            }
            return chain.next(request, response);
        };
    }

    /** A token for the given roles that says it was issued at {@code issuedAt} (e.g. in the future), valid for an hour. */
    public static String issuedAt(java.time.Instant issuedAt, String... roles) {
        String key = System.getProperty(PRIVATE_KEY_PROPERTY);
        if (key == null) {
            throw new IllegalStateException("No test key pair: start the CSI stack test resource first");
        }
        JwtKeys keys = JwtKeys.in(Path.of(key).getParent());
        return Tokens.issue(keys.privateKey(), System.getProperty(ISSUER_PROPERTY, ISSUER), "test-" + String.join("-", roles),
                List.of(roles), issuedAt, Duration.ofHours(1));
    }

    /** A token for the given roles, valid for an hour. */
    public static String forRoles(String... roles) {
        String key = System.getProperty(PRIVATE_KEY_PROPERTY);
        if (key == null) {
            throw new IllegalStateException("No test key pair: start the CSI stack test resource first");
        }
        JwtKeys keys = JwtKeys.in(Path.of(key).getParent());
        return Tokens.issue(keys.privateKey(), System.getProperty(ISSUER_PROPERTY, ISSUER), "test-" + String.join("-", roles),
                List.of(roles), Duration.ofHours(1));
    }
}
