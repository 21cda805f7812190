package org.csi.platform.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.csi.platform.CsiConfig;
import org.csi.platform.identity.Actor;
import org.csi.platform.security.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * The authenticated caller of this request, as the actor the suite records. The actor is the token's
 * {@code csi.identity.actor-claim} (default {@code sub}; e.g. {@code email} or {@code preferred_username}), falling back
 * to {@code sub}. Resources read it here and pass the plain {@link Actor} to their service; a body never names the
 * actor. A csi-admin may act on behalf of someone through a request's {@code onBehalfOf} field: both names are
 * recorded. The same bean tells which client application calls ({@link #clientId()}, for the source systems an
 * ITSM tool may claim) and gives a key per caller ({@link #key()}, for Idempotency-Keys).
 */
@RequestScoped
public class Caller {

    /** The role allowed to act on behalf of someone else. */
    public static final String ADMIN_ROLE = "csi-admin";
    /** Longest actor name stored (the actor columns are VARCHAR(200)). */
    public static final int MAX_NAME = 200;

    private final SecurityIdentity identity;
    private final CsiConfig config;

    Caller(SecurityIdentity identity, CsiConfig config) {
        this.identity = identity;
        this.config = config;
    }

    /** The caller as the actor. */
    public Actor actor() {
        return Actor.of(name());
    }

    /**
     * The caller as the actor, acting on behalf of {@code onBehalfOf} when it is set: only a csi-admin may do that (403
     * {@code urn:csi:problem:on-behalf-of} otherwise).
     */
    public Actor actor(String onBehalfOf) {
        if (onBehalfOf == null || onBehalfOf.isBlank()) {
            return actor();
        }
        if (!identity.hasRole(ADMIN_ROLE)) {
            throw new ApiException(403, "urn:csi:problem:on-behalf-of", "Only csi-admin may act on behalf of someone",
                    "onBehalfOf names someone else; only a caller with role " + ADMIN_ROLE + " may act for another "
                            + "person. Leave it out to act as yourself.",
                    List.of(new Problem.FieldError("onBehalfOf", "needs role " + ADMIN_ROLE)));
        }
        return new Actor(name(), clean(onBehalfOf));
    }

    /** The actor's name: the configured claim, else {@code sub}, else the principal's name. */
    public String name() {
        String name = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            name = Claims.string(token, config.identity().actorClaim());
            if (name == null) {
                name = Claims.string(token, "sub");
            }
        }
        if (name == null && !identity.isAnonymous()) {
            name = identity.getPrincipal().getName();
        }
        if (name == null || name.isBlank()) {
            throw new ApiException(401, "urn:csi:problem:unauthorized", "Authentication required",
                    "The token names no caller (no " + config.identity().actorClaim() + " and no sub claim)", List.of());
        }
        return clean(name);
    }

    public boolean hasRole(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }

    /**
     * The client application the token was issued to: {@code azp} (OpenID Connect, Keycloak), else {@code client_id}
     * (RFC 9068, Okta), else the subject (a client-credentials token's sub is the client); empty when anonymous.
     */
    public Optional<String> clientId() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        for (String claim : List.of("azp", "client_id", "sub")) {
            String value = Claims.string(token, claim);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * A fixed-length, non-reversible key for "this caller": SHA-256 of issuer and subject, so the same subject of two
     * identity providers is two callers. Empty string for an anonymous caller.
     */
    public String key() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || Claims.string(token, "sub") == null) {
            return "";
        }
        String issuer = token.getIssuer() == null ? "" : token.getIssuer();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((issuer + "\n" + Claims.string(token, "sub"))
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clean(String name) {
        String text = name.replace("\u0000", "").strip();
        return text.length() > MAX_NAME ? text.substring(0, MAX_NAME) : text;
    }

    /**
     * Refuses a body field that used to name the actor ({@code by}, {@code approver}, ...): 400 naming the field, so a
     * client that still sends it learns that the token decides, instead of seeing its value silently dropped.
     */
    public static void refuseActorField(String field, Object value) {
        if (value != null) {
            throw ApiException.invalid(field, "is not accepted: the actor is the authenticated caller (the token); "
                    + "a csi-admin acting for someone else sends onBehalfOf");
        }
    }
}
