package org.csi.console.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;

/**
 * Sign-in for the local run only: tokens are signed with the key pair {@code ./csi up} keeps in {@code .csi/jwt}, the
 * same the services verify, for a role the person picks. {@code ./csi open ROLE} prints a one-time link (a ticket
 * signed with that key, valid for minutes, redeemable once). It refuses to start in the prod profile: production signs
 * people in through OpenID Connect (quarkus-oidc) and passes the identity provider's token on.
 */
@ApplicationScoped
public class LocalSignIn {

    /** The suite's roles, strongest first. */
    public static final List<String> ROLES = List.of("csi-admin", "csi-manager", "csi-analyst", "csi-viewer",
            "csi-integration");
    /** The audience of a one-time sign-in ticket: a ticket is no access token, and an access token is no ticket. */
    public static final String TICKET_AUDIENCE = "csi-console-signin";
    static final Duration SESSION = Duration.ofHours(8);

    private final Optional<Path> keyDirectory;
    private final String issuer;
    private final Map<String, Instant> redeemedTickets = new ConcurrentHashMap<>();
    private volatile PrivateKey privateKey;
    private volatile PublicKey publicKey;

    LocalSignIn(@ConfigProperty(name = "csi.console.local-signin.key-dir") Optional<Path> keyDirectory,
            @ConfigProperty(name = "csi.console.local-signin.issuer", defaultValue = "csi-local") String issuer) {
        this.keyDirectory = keyDirectory;
        this.issuer = issuer;
    }

    void refuseInProduction(@Observes StartupEvent started, SmallRyeConfig config) {
        refuseInProduction(enabled(), config.getProfiles());
    }

    /** Local sign-in and the prod profile never run together. */
    static void refuseInProduction(boolean enabled, List<String> profiles) {
        if (enabled && profiles.contains("prod")) {
            throw new IllegalStateException("Local sign-in (csi.console.local-signin.key-dir) must not run in the "
                    + "prod profile: sign people in with OpenID Connect (quarkus.oidc.*) instead, or start the console "
                    + "with -Dquarkus.profile=local for a local run.");
        }
    }

    public boolean enabled() {
        return keyDirectory.isPresent();
    }

    /** A session token for the role, as {@code ./csi token} makes them. */
    public String issue(String subject, String role) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(role));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(SESSION.toMinutes());
        claims.setGeneratedJwtId();
        return sign(claims);
    }

    /** The person of a session token this console issued, while it is valid. */
    public Optional<Person> person(String token) {
        try {
            JwtClaims claims = consumer(null).processToClaims(token);
            Set<String> roles = new LinkedHashSet<>(claims.getStringListClaimValue("groups"));
            return Optional.of(new Person(claims.getSubject(), roles, token));
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Redeems a one-time ticket of {@code ./csi open}: a new session token for the ticket's subject and role, or empty
     * when the ticket is forged, expired, or was used before.
     */
    public Optional<String> redeem(String ticket) {
        try {
            JwtClaims claims = consumer(TICKET_AUDIENCE).processToClaims(ticket);
            Instant expires = Instant.ofEpochSecond(claims.getExpirationTime().getValue());
            redeemedTickets.values().removeIf(Instant.now()::isAfter);
            if (redeemedTickets.putIfAbsent(claims.getJwtId(), expires) != null) {
                return Optional.empty();
            }
            return Optional.of(issue(claims.getSubject(), claims.getStringClaimValue("role")));
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private JwtConsumer consumer(String audience) {
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setRequireJwtId()
                .setExpectedIssuer(issuer)
                .setVerificationKey(publicKey());
        if (audience == null) {
            builder.setSkipDefaultAudienceValidation();
        } else {
            builder.setExpectedAudience(audience);
        }
        return builder.build();
    }

    private String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private PrivateKey privateKey() {
        if (privateKey == null) {
            privateKey = (PrivateKey) readKey("private.pem");
        }
        return privateKey;
    }

    private PublicKey publicKey() {
        if (publicKey == null) {
            publicKey = (PublicKey) readKey("public.pem");
        }
        return publicKey;
    }

    private java.security.Key readKey(String file) {
        Path path = keyDirectory.orElseThrow(() -> new IllegalStateException("Local sign-in is off")).resolve(file);
        try {
            byte[] der = Base64.getDecoder().decode(Files.readString(path)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return file.startsWith("private") ? rsa.generatePrivate(new PKCS8EncodedKeySpec(der))
                    : rsa.generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA key: " + path, e);
        }
    }
}
