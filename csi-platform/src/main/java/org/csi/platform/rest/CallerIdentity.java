package org.csi.platform.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The authenticated caller of the current request, read from its bearer token: who it is ({@code iss} + {@code sub})
 * and which client application it is ({@code azp}, else {@code client_id}, else {@code sub}). Minimal on purpose; a
 * shared caller bean for recorded actors may absorb it.
 */
@RequestScoped
public class CallerIdentity {

    private final SecurityIdentity identity;
    private final Instance<JsonWebToken> token;

    CallerIdentity(SecurityIdentity identity, Instance<JsonWebToken> token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean anonymous() {
        return identity == null || identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return !anonymous() && identity.hasRole(role);
    }

    /** The token's subject ({@code sub}), else the principal's name; empty for an anonymous caller. */
    public Optional<String> subject() {
        if (anonymous()) {
            return Optional.empty();
        }
        JsonWebToken jwt = jwt();
        String sub = jwt == null ? null : jwt.getSubject();
        if (sub == null || sub.isBlank()) {
            sub = identity.getPrincipal() == null ? null : identity.getPrincipal().getName();
        }
        return Optional.ofNullable(sub).filter(s -> !s.isBlank());
    }

    /**
     * The client application the token was issued to: {@code azp} (OpenID Connect, Keycloak), else {@code client_id}
     * (RFC 9068, Okta, Entra ID v2 uses azp), else the subject (a client-credentials token's sub is the client).
     */
    public Optional<String> clientId() {
        if (anonymous()) {
            return Optional.empty();
        }
        JsonWebToken jwt = jwt();
        if (jwt != null) {
            for (String claim : new String[] { "azp", "client_id" }) {
                Object value = jwt.getClaim(claim);
                if (value != null && !value.toString().isBlank()) {
                    return Optional.of(unquote(value.toString()));
                }
            }
        }
        return subject();
    }

    /**
     * A fixed-length, non-reversible key for "this caller": SHA-256 of issuer and subject, so the same subject of
     * two identity providers is two callers. Empty string for an anonymous caller.
     */
    public String key() {
        Optional<String> sub = subject();
        if (sub.isEmpty()) {
            return "";
        }
        JsonWebToken jwt = jwt();
        String issuer = jwt == null || jwt.getIssuer() == null ? "" : jwt.getIssuer();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((issuer + "\n" + sub.get()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonWebToken jwt() {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken direct) {
            return direct;
        }
        return token.isResolvable() ? token.get() : null;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
