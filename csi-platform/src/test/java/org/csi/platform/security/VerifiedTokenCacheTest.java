package org.csi.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokenCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong wallMillis = new AtomicLong(1_800_000_000_000L);
    private final AtomicInteger verifications = new AtomicInteger();

    private VerifiedTokenCache cache(int maxEntries, Duration maxAge) {
        return new VerifiedTokenCache(maxEntries, maxAge, nanos::get, wallMillis::get);
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
        wallMillis.addAndGet(d.toMillis());
    }

    /** A verifier that accepts any token and says it expires {@code lifetime} from now. */
    private VerifiedTokenCache.Verifier accepting(Duration lifetime) {
        return token -> {
            verifications.incrementAndGet();
            return new Token(token, (wallMillis.get() + lifetime.toMillis()) / 1000);
        };
    }

    @Test
    void theSameTokenIsVerifiedOnce() throws ParseException {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        JsonWebToken first = cache.verified("a.b.c", accepting(Duration.ofHours(1)));
        JsonWebToken again = cache.verified("a.b.c", accepting(Duration.ofHours(1)));
        assertSame(first, again);
        assertEquals(1, verifications.get());
        cache.verified("a.b.d", accepting(Duration.ofHours(1)));
        assertEquals(2, verifications.get(), "another signature is another token");
    }

    @Test
    void aTokenIsNeverReusedPastItsExpiry() throws ParseException {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        cache.verified("short", accepting(Duration.ofSeconds(30)));
        advance(Duration.ofSeconds(29));
        cache.verified("short", accepting(Duration.ofSeconds(30)));
        assertEquals(1, verifications.get());
        advance(Duration.ofSeconds(2));
        cache.verified("short", accepting(Duration.ofSeconds(30)));
        assertEquals(2, verifications.get(), "past exp the verifier decides again");
    }

    @Test
    void aVerificationIsReusedForAtMostTheMaxAge() throws ParseException {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        cache.verified("long", accepting(Duration.ofHours(8)));
        advance(Duration.ofMinutes(5).plusSeconds(1));
        cache.verified("long", accepting(Duration.ofHours(8)));
        assertEquals(2, verifications.get());
    }

    @Test
    void aRefusedTokenIsNotKept() {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        VerifiedTokenCache.Verifier refusing = token -> {
            verifications.incrementAndGet();
            throw new ParseException("bad signature");
        };
        assertThrows(ParseException.class, () -> cache.verified("forged", refusing));
        assertThrows(ParseException.class, () -> cache.verified("forged", refusing));
        assertEquals(2, verifications.get());
        assertEquals(0, cache.size());
    }

    @Test
    void theCacheIsBoundedAndCanBeTurnedOff() throws ParseException {
        VerifiedTokenCache bounded = cache(10, Duration.ofMinutes(5));
        for (int i = 0; i < 50; i++) {
            bounded.verified("t" + i, accepting(Duration.ofHours(1)));
        }
        assertEquals(10, bounded.size());

        verifications.set(0);
        VerifiedTokenCache off = cache(0, Duration.ofMinutes(5));
        off.verified("x", accepting(Duration.ofHours(1)));
        off.verified("x", accepting(Duration.ofHours(1)));
        assertEquals(2, verifications.get());
    }

    private record Token(String raw, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "someone";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("raw_token", "exp");
        }

        @SuppressWarnings("unchecked")
        @Override
        public <T> T getClaim(String claimName) {
            return switch (claimName) {
                case "raw_token" -> (T) raw;
                case "exp" -> (T) Long.valueOf(exp);
                default -> null;
            };
        }
    }

}
