package org.csi.platform.security;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Bearer tokens that passed verification, by their exact text (header, claims and signature), so the same token is
 * not verified again on every request. An entry lives until the token's own {@code exp} or {@code maxAge} after its
 * verification, whichever comes first: the cache never accepts a token longer than the verifier would (which allows
 * the clock skew past {@code exp} on top). A token that fails verification is never stored. Bounded by
 * {@code maxEntries} (least recently used first out); {@code maxEntries} 0 verifies every time.
 */
public final class VerifiedTokenCache {

    /** The verification the cache saves: SmallRye JWT's parser. */
    @FunctionalInterface
    public interface Verifier {
        JsonWebToken verify(String token) throws ParseException;
    }

    private final Cache<String, JsonWebToken> tokens;

    public VerifiedTokenCache(int maxEntries, Duration maxAge) {
        this(maxEntries, maxAge, Ticker.systemTicker(), System::currentTimeMillis);
    }

    /** With the clocks given, for tests: {@code ticker} for entry age (ns), {@code wallClock} for exp (ms). */
    VerifiedTokenCache(int maxEntries, Duration maxAge, Ticker ticker, LongSupplier wallClock) {
        Objects.requireNonNull(maxAge, "maxAge");
        this.tokens = maxEntries <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .ticker(ticker)
                .expireAfter(Expiry.<String, JsonWebToken>creating((token, jwt) -> {
                    long untilExpiry = Math.max(0, jwt.getExpirationTime() * 1000 - wallClock.getAsLong());
                    return Duration.ofMillis(Math.min(untilExpiry, maxAge.toMillis()));
                }))
                .recordStats()
                .build();
    }

    /** Publishes hits, misses, size and evictions as Micrometer's cache metrics, named {@code name}. */
    public void monitor(MeterRegistry registry, String name) {
        if (tokens != null) {
            CaffeineCacheMetrics.monitor(registry, tokens, name);
        }
    }

    public JsonWebToken verified(String token, Verifier verifier) throws ParseException {
        if (tokens == null || token == null) {
            return verifier.verify(token);
        }
        JsonWebToken known = tokens.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken verified = verifier.verify(token);
        tokens.put(token, verified);
        return verified;
    }

    /** Entries held now (for tests and figures). */
    long size() {
        if (tokens == null) {
            return 0;
        }
        tokens.cleanUp();
        return tokens.estimatedSize();
    }
}
