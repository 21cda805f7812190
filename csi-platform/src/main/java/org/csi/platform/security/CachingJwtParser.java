package org.csi.platform.security;

import org.csi.platform.CsiConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

/**
 * Puts a {@link VerifiedTokenCache} in front of SmallRye JWT's parser, which Quarkus' bearer-token mechanism calls
 * with every request's token ({@code parse(String)}). SmallRye JWT and Quarkus have no such cache for locally
 * verified tokens (Quarkus OIDC caches introspection results only), hence this decorator. It is abstract: every
 * other method of the parser is not decorated and goes straight to it.
 */
@Decorator
@Priority(10)
public abstract class CachingJwtParser implements JWTParser {

    private final JWTParser parser;
    private final VerifiedTokenCache cache;

    @Inject
    CachingJwtParser(@Delegate @Any JWTParser parser, CsiConfig config, MeterRegistry registry) {
        this.parser = parser;
        this.cache = new VerifiedTokenCache(config.identity().verifiedTokenCacheSize(),
                config.identity().verifiedTokenMaxAge());
        cache.monitor(registry, "csi.verified.tokens");
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return cache.verified(token, parser::parse);
    }
}
