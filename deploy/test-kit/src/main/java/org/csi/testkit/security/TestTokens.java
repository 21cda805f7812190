package org.csi.testkit.security;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csi.stack.security.JwtKeys;
import org.csi.stack.security.Tokens;
import org.jose4j.jwt.JwtClaims;

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

    /** A token for the given roles, valid for an hour; its subject is {@code test-<roles>}. */
    public static String forRoles(String... roles) {
        return forSubject("test-" + String.join("-", roles), roles);
    }

    /** A one-time sign-in link's ticket for the console ({@code ./csi open} makes the same), for a person and role. */
    public static String consoleTicket(String subject, String role) {
        return Tokens.signInTicket(privateKey(), issuer(), subject, role);
    }

    /** A token for a given person (sub and upn) with the given roles in the groups claim, valid for an hour. */
    public static String forSubject(String subject, String... roles) {
        return Tokens.issue(privateKey(), issuer(), subject, List.of(roles), Duration.ofHours(1));
    }

    /** A REST Assured filter that sends a token for the subject and roles with every request without Authorization. */
    public static io.restassured.filter.Filter bearerFilterFor(String subject, String... roles) {
        String token = forSubject(subject, roles);
        return (request, response, chain) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + token);
            }
            return chain.next(request, response);
        };
    }

    /**
     * A token shaped like Keycloak's access tokens: sub is the user's id, the person is in preferred_username and email,
     * the roles are realm roles in {@code realm_access.roles}, the client in azp; no groups claim.
     */
    public static String keycloak(String username, String email, String... realmRoles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer());
        claims.setSubject(UUID.nameUUIDFromBytes(("kc:" + username).getBytes()).toString());
        claims.setAudience("account");
        claims.setClaim("typ", "Bearer");
        claims.setClaim("azp", "csi-console");
        claims.setClaim("scope", "openid profile email");
        claims.setClaim("preferred_username", username);
        claims.setClaim("email", email);
        claims.setClaim("email_verified", true);
        claims.setClaim("realm_access", Map.of("roles", List.of(realmRoles)));
        claims.setClaim("resource_access", Map.of("account", Map.of("roles", List.of("view-profile"))));
        return Tokens.sign(privateKey(), claims, Duration.ofHours(1));
    }

    /**
     * A token shaped like Entra ID's (v2.0) access tokens: sub is a pairwise opaque id, the user is oid in tenant tid,
     * named in preferred_username and upn, with app roles in {@code roles}; no groups claim.
     */
    public static String entra(String upn, String... appRoles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer());
        claims.setSubject("AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ-" + Math.abs(upn.hashCode()));
        claims.setAudience("api://csi-suite");
        claims.setClaim("ver", "2.0");
        claims.setClaim("oid", UUID.nameUUIDFromBytes(("oid:" + upn).getBytes()).toString());
        claims.setClaim("tid", "9188040d-6c67-4c5b-b112-36a304b66dad");
        claims.setClaim("azp", "6e74172b-be56-4843-9ff4-e66a39bb12e3");
        claims.setClaim("preferred_username", upn);
        claims.setClaim("upn", upn);
        claims.setClaim("name", upn.substring(0, Math.max(1, upn.indexOf('@'))));
        claims.setStringListClaim("roles", List.of(appRoles));
        return Tokens.sign(privateKey(), claims, Duration.ofHours(1));
    }

    private static PrivateKey privateKey() {
        String key = System.getProperty(PRIVATE_KEY_PROPERTY);
        if (key == null) {
            throw new IllegalStateException("No test key pair: start the CSI stack test resource first");
        }
        return JwtKeys.in(Path.of(key).getParent()).privateKey();
    }

    private static String issuer() {
        return System.getProperty(ISSUER_PROPERTY, ISSUER);
    }
}
