package org.csi.notification.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.csi.platform.domain.InvalidException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The signed tokens of "leave this audience" links: {@code base64url(payload).base64url(HMAC-SHA256(key, payload))},
 * the payload naming the initiative, the audience, the recipient and when the link expires. Written with the JDK's
 * HMAC rather than a JWT library on purpose: four fields, one algorithm, nothing to negotiate (a JWT's {@code alg}
 * header is exactly what such a link must not let a forger choose).
 * <p>
 * The key is {@code csi.unsubscribe.key} (at least 32 characters; {@code ./csi up} generates one in {@code .csi/});
 * without it a random key is made at start, so links die with the process and differ between instances: set it in
 * production.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final Logger LOG = Logger.getLogger(UnsubscribeTokens.class);
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    static final String VERSION = "v1";
    public static final int MAX_LENGTH = 2048;

    /** What a valid token says. */
    public record Claims(UUID initiativeId, String audience, String recipient, Instant expiresAt) {
    }

    private final byte[] key;
    private final Duration ttl;
    private final String baseUrl;
    private final Clock clock;

    @Inject
    UnsubscribeTokens(@ConfigProperty(name = "csi.unsubscribe.key") Optional<String> key,
            @ConfigProperty(name = "csi.unsubscribe.token-ttl", defaultValue = "P365D") Duration ttl,
            @ConfigProperty(name = "csi.unsubscribe.base-url", defaultValue = "http://localhost:8084") String baseUrl) {
        this(keyOf(key), ttl, baseUrl, Clock.systemUTC());
    }

    UnsubscribeTokens(byte[] key, Duration ttl, String baseUrl, Clock clock) {
        this.key = key;
        this.ttl = ttl;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    private static byte[] keyOf(Optional<String> configured) {
        Optional<String> k = configured.filter(s -> !s.isBlank());
        if (k.isPresent()) {
            if (k.get().length() < 32) {
                throw new IllegalStateException("csi.unsubscribe.key must have at least 32 characters");
            }
            return k.get().getBytes(StandardCharsets.UTF_8);
        }
        LOG.warn("csi.unsubscribe.key is not set: a random key is used, so unsubscribe links stop working when this "
                + "process stops and are refused by other instances. Set it in production.");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    /** A token for the recipient, valid for {@code csi.unsubscribe.token-ttl}. */
    public String issue(UUID initiativeId, String audience, String recipient) {
        return sign(initiativeId, audience, recipient, clock.instant().plus(ttl));
    }

    /** The link to the public endpoint that takes the recipient out of the audience. */
    public String link(UUID initiativeId, String audience, String recipient) {
        return baseUrl + "/api/v1/unsubscribe?token=" + issue(initiativeId, audience, recipient);
    }

    String sign(UUID initiativeId, String audience, String recipient, Instant expiresAt) {
        String payload = String.join("\n", VERSION, initiativeId.toString(), audience, recipient,
                Long.toString(expiresAt.getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(mac(bytes));
    }

    /** The token's claims; a malformed, forged, tampered or expired token is refused naming the field {@code token}. */
    public Claims verify(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            throw invalid("is missing or too long");
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw invalid("is not an unsubscribe token");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODE.decode(token.substring(0, dot));
            signature = DECODE.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid("is not an unsubscribe token");
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw invalid("has no valid signature (forged or altered)");
        }
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
        if (fields.length != 5 || !VERSION.equals(fields[0])) {
            throw invalid("is not an unsubscribe token");
        }
        Claims claims;
        try {
            claims = new Claims(UUID.fromString(fields[1]), fields[2], fields[3],
                    Instant.ofEpochSecond(Long.parseLong(fields[4])));
        } catch (IllegalArgumentException e) {
            throw invalid("is not an unsubscribe token");
        }
        if (!claims.expiresAt().isAfter(clock.instant())) {
            throw invalid("has expired; use the link of a newer e-mail");
        }
        return claims;
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static InvalidException invalid(String why) {
        return new InvalidException("token", why);
    }
}
