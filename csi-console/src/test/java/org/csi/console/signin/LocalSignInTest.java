package org.csi.console.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSignInTest {

    @TempDir
    static Path keys;
    static KeyPair pair;
    static LocalSignIn signIn;

    @BeforeAll
    static void keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        pair = generator.generateKeyPair();
        Files.writeString(keys.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(keys.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        signIn = new LocalSignIn(Optional.of(keys), "csi-local");
    }

    @Test
    void aSessionTokenCarriesThePersonAndTheRole() {
        Person person = signIn.person(signIn.issue("maria@example.com", "csi-manager")).orElseThrow();
        assertEquals("maria@example.com", person.name());
        assertEquals(Set.of("csi-manager"), person.roles());
        assertTrue(person.canManage());
        assertEquals("Bearer " + person.accessToken(), person.authorization());
    }

    @Test
    void unknownRolesAreNotIssued() {
        assertThrows(IllegalArgumentException.class, () -> signIn.issue("maria", "root"));
    }

    @Test
    void aTicketIsRedeemedOnceOnly() throws Exception {
        String ticket = sign(ticketClaims("csi-viewer", LocalSignIn.TICKET_AUDIENCE, 5));
        Person person = signIn.person(signIn.redeem(ticket).orElseThrow()).orElseThrow();
        assertEquals(Set.of("csi-viewer"), person.roles());
        assertTrue(signIn.redeem(ticket).isEmpty(), "a second use");
    }

    @Test
    void expiredForgedOrMisdirectedTicketsAreRefused() throws Exception {
        assertTrue(signIn.redeem(sign(ticketClaims("csi-admin", LocalSignIn.TICKET_AUDIENCE, -5))).isEmpty(), "expired");
        assertTrue(signIn.redeem(sign(ticketClaims("csi-admin", "another-audience", 5))).isEmpty(), "audience");
        assertTrue(signIn.redeem(signIn.issue("maria", "csi-admin")).isEmpty(), "an access token is no ticket");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        JsonWebSignature forged = jws(ticketClaims("csi-admin", LocalSignIn.TICKET_AUDIENCE, 5));
        forged.setKey(generator.generateKeyPair().getPrivate());
        assertTrue(signIn.redeem(forged.getCompactSerialization()).isEmpty(), "another key");
        assertTrue(signIn.person("not.a.token").isEmpty());
    }

    @Test
    void localSignInRefusesTheProdProfile() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> LocalSignIn.refuseInProduction(true, List.of("prod")));
        assertTrue(refused.getMessage().contains("OpenID Connect"));
        LocalSignIn.refuseInProduction(true, List.of("local"));
        LocalSignIn.refuseInProduction(false, List.of("prod"));
    }

    @Test
    void signInSendsPeopleOnlyToPagesOfTheConsole() {
        assertEquals("/initiatives/1?x=2", SignInResource.safeNext("/initiatives/1?x=2"));
        for (String elsewhere : new String[] { null, "https://evil.example/", "//evil.example", "/\\evil", "/signin",
                "evil" }) {
            assertEquals("/", SignInResource.safeNext(elsewhere), String.valueOf(elsewhere));
        }
    }

    private static JwtClaims ticketClaims(String role, String audience, int minutes) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("csi-local");
        claims.setSubject("maria@example.com");
        claims.setAudience(audience);
        claims.setClaim("role", role);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(minutes);
        claims.setGeneratedJwtId();
        return claims;
    }

    private static String sign(JwtClaims claims) throws Exception {
        JsonWebSignature jws = jws(claims);
        jws.setKey(pair.getPrivate());
        return jws.getCompactSerialization();
    }

    private static JsonWebSignature jws(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
