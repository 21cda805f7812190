package org.csi.platform.security;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses a token issued in the future (its {@code iat} later than now plus the clock skew): 401. SmallRye JWT checks
 * {@code exp}, {@code nbf} and, with {@code smallrye.jwt.time-to-live}, the lifetime, but it has no setting for a
 * future {@code iat}; such a token is made with a wrong clock or to outlive the lifetime rule, so it is refused here.
 */
@ApplicationScoped
public class IssuedAtCheck implements SecurityIdentityAugmentor {

    private final long skewSeconds;

    IssuedAtCheck(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds) {
        this.skewSeconds = skewSeconds;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && token.getIssuedAtTime() > System.currentTimeMillis() / 1000 + skewSeconds) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token's iat is in the future"));
        }
        return Uni.createFrom().item(identity);
    }
}
