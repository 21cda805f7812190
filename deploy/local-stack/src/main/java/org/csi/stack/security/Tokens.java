package org.csi.stack.security;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Issues RS256 JWTs as an identity provider would, for the local run and the tests (jose4j does the signing). */
public final class Tokens {

    /** The roles of the CSI suite, as the groups claim carries them. */
    public static final List<String> ROLES = List.of("csi-admin", "csi-manager", "csi-analyst", "csi-viewer",
            "csi-integration");

    private Tokens() {
    }

    public static String issue(PrivateKey key, String issuer, String subject, List<String> roles, Duration ttl) {
        return issue(key, issuer, subject, roles, null, ttl);
    }

    /** @param issuedAt the iat claim (null: now); the token expires ttl after it */
    public static String issue(PrivateKey key, String issuer, String subject, List<String> roles,
            java.time.Instant issuedAt, Duration ttl) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", roles);
        return sign(key, claims, issuedAt, ttl);
    }

    /**
     * A one-time sign-in ticket for the local console ({@code ./csi open}): audience csi-console-signin, valid for five
     * minutes; the console redeems it once for a session of the role.
     */
    public static String signInTicket(PrivateKey key, String issuer, String subject, String role) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setAudience("csi-console-signin");
        claims.setClaim("role", role);
        return sign(key, claims, Duration.ofMinutes(5));
    }

    /** Signs the claims as they are, adding iat, exp and jti: for tokens shaped like a given identity provider's. */
    public static String sign(PrivateKey key, JwtClaims claims, Duration ttl) {
        return sign(key, claims, null, ttl);
    }

    private static String sign(PrivateKey key, JwtClaims claims, java.time.Instant issuedAt, Duration ttl) {
        if (issuedAt == null) {
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(Math.max(1, ttl.toMinutes()));
        } else {
            claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(issuedAt.getEpochSecond()));
            claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(issuedAt.plus(ttl).getEpochSecond()));
        }
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }
}
