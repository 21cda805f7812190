package org.csi.platform.security;

import java.util.LinkedHashSet;
import java.util.Set;

import org.csi.platform.CsiConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Roles from the claim shapes of real identity providers. SmallRye JWT reads one claim path
 * ({@code smallrye.jwt.path.groups}, default {@code groups}); this adds the roles of every path in
 * {@code csi.identity.role-claims} (default {@code groups}, Keycloak's {@code realm_access/roles}, Entra ID's
 * {@code roles}), so one configuration serves tokens of each. Provider role names that differ from the CSI roles are
 * mapped with Quarkus' own {@code quarkus.http.auth.roles-mapping."<provider role>"=<csi role>}.
 */
@ApplicationScoped
public class RoleClaims implements SecurityIdentityAugmentor {

    private final CsiConfig config;

    RoleClaims(CsiConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String path : config.identity().roleClaims()) {
            if (!path.isBlank()) {
                roles.addAll(Claims.strings(token, path));
            }
        }
        roles.removeAll(identity.getRoles());
        if (roles.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(roles).build());
    }
}
