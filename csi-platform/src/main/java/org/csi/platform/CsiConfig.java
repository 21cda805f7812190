package org.csi.platform;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings every CSI service shares (prefix {@code csi}). */
@ConfigMapping(prefix = "csi")
public interface CsiConfig {

    /** The service's name, e.g. {@code initiative-service}: gives ce_source {@code /csi/<name>} and the consumer name. */
    String serviceName();

    Outbox outbox();

    Api api();

    Identity identity();

    interface Outbox {
        /** Turns the relay off, e.g. for a read-only replica. */
        @WithDefault("true")
        boolean relayEnabled();

        /** Fallback poll when no NOTIFY arrives (the relay is normally woken at commit time). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Rows published per relay transaction. */
        @WithDefault("200")
        int batchSize();

        /** How long published rows stay in the outbox for inspection before they are purged. */
        @WithDefault("P7D")
        Duration retention();

        /** How long to wait for the broker's acknowledgement of a batch before retrying it. */
        @WithDefault("10s")
        Duration sendTimeout();
    }

    interface Api {
        /** Largest accepted request body; larger ones get a 413 problem response. */
        @WithDefault("1048576")
        long maxBodyBytes();
    }

    /** Who the caller is and which roles the token grants (org.csi.platform.rest.Caller, RoleClaims). */
    interface Identity {
        /**
         * The claim that names the actor the suite records (reviewedBy, approvedBy, ...), e.g. {@code email} or
         * {@code preferred_username}; a token without it falls back to {@code sub}.
         */
        @WithDefault("sub")
        String actorClaim();

        /**
         * Claim paths whose string values are the caller's roles, {@code /} between nested names: {@code groups}
         * (MicroProfile JWT), {@code realm_access/roles} (Keycloak realm roles), {@code roles} (Entra ID app roles).
         * The roles of every path present in the token count.
         */
        @WithDefault("groups,realm_access/roles,roles")
        List<String> roleClaims();

        /**
         * Verified bearer tokens kept so that a client calling again with the same token is not verified again
         * (an RS256 signature check was a quarter of a GET's CPU time). 0 turns the cache off.
         */
        @WithDefault("1000")
        int verifiedTokenCacheSize();

        /** Longest time a verification is reused; a cached token is never used past its own {@code exp}. */
        @WithDefault("5m")
        Duration verifiedTokenMaxAge();
    }
}
