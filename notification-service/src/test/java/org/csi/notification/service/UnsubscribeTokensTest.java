package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.csi.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private static final byte[] KEY = "unit-test-key-0123456789abcdef-0123".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private final UUID initiative = UUID.randomUUID();

    private static UnsubscribeTokens at(Instant now, byte[] key) {
        return new UnsubscribeTokens(key, Duration.ofDays(30), "https://csi.example.com/",
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenNamesInitiativeAudienceAndRecipient() {
        String link = at(NOW, KEY).link(initiative, "desk", "ann@example.com");
        assertTrue(link.startsWith("https://csi.example.com/api/v1/unsubscribe?token="), link);
        UnsubscribeTokens.Claims claims = at(NOW, KEY).verify(link.substring(link.indexOf('=') + 1));
        assertEquals(initiative, claims.initiativeId());
        assertEquals("desk", claims.audience());
        assertEquals("ann@example.com", claims.recipient());
        assertEquals(NOW.plus(Duration.ofDays(30)), claims.expiresAt());
    }

    @Test
    void forgedAlteredExpiredAndMalformedTokensAreRefused() {
        String token = at(NOW, KEY).issue(initiative, "desk", "ann@example.com");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("ann@", "bob@").getBytes(StandardCharsets.UTF_8)) + "." + parts[1];
        String otherKey = at(NOW, "another-key-0123456789abcdef-012345".getBytes(StandardCharsets.UTF_8))
                .issue(initiative, "desk", "ann@example.com");
        for (String bad : new String[] { altered, otherKey, parts[0], parts[0] + ".", "a.b.c", "%%%.***", "",
                "x".repeat(UnsubscribeTokens.MAX_LENGTH + 1) }) {
            InvalidException e = assertThrows(InvalidException.class, () -> at(NOW, KEY).verify(bad), bad);
            assertTrue(e.getMessage() != null);
        }
        assertThrows(InvalidException.class, () -> at(NOW.plus(Duration.ofDays(31)), KEY).verify(token));
        at(NOW.plus(Duration.ofDays(29)), KEY).verify(token);
    }
}
