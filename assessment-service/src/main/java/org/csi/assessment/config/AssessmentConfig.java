package org.csi.assessment.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of assessment-service (prefix {@code csi.assessment}). */
@ConfigMapping(prefix = "csi.assessment")
public interface AssessmentConfig {

    Measurements measurements();

    ServiceGaps serviceGaps();

    /** Value (issue 17): how a completed SIP's benefit is re-measured. */
    Realisation realisation();

    /**
     * The source system each integration client may send measurements for, by client id (the token's {@code azp},
     * else {@code client_id}, else {@code sub}): {@code csi.assessment.source-systems.<client>=<sourceSystem>}. A
     * client without an entry may send only its own client id as sourceSystem.
     */
    Map<String, String> sourceSystems();

    interface Measurements {
        /** How far in the future measured-at may be (clock skew between the ITSM tool and this service). */
        @WithDefault("5m")
        Duration maxClockSkew();

        /** Most measurements accepted in one bulk request; more is refused with 413. */
        @WithDefault("5000")
        int bulkMaxItems();
    }

    interface Realisation {
        /** The window before a SIP: this many days before its approval (its completion when never approved). */
        @WithDefault("90")
        int beforeDays();
    }

    interface ServiceGaps {
        /** A SERVQUAL gap (in rating points on the 1-7 scale) larger than this emits csi.gap.identified. */
        @WithDefault("1.0")
        BigDecimal threshold();
    }
}
