package org.csi.events;

import java.util.Optional;

/**
 * The {@code ce_source} of each service, and which service owns (alone publishes on) each topic; the constants are the
 * names {@link CsiService} ties together.
 */
public final class CsiSources {
    public static final String INITIATIVE_SERVICE = "/csi/initiative-service";
    public static final String ASSESSMENT_SERVICE = "/csi/assessment-service";
    public static final String SIP_SERVICE = "/csi/sip-service";
    public static final String NOTIFICATION_SERVICE = "/csi/notification-service";

    private CsiSources() {
    }

    /**
     * The {@code ce_source} of the one service that publishes on a CSI topic: csi.initiatives is initiative-service's,
     * csi.assessments assessment-service's, csi.sips sip-service's, csi.communications notification-service's. A
     * consumer refuses an event on a topic whose ce_source is another (a forged or misrouted event).
     *
     * @return empty for a topic that is not one of the four
     */
    public static Optional<String> ownerOf(String topic) {
        return CsiService.owning(topic).map(CsiService::source);
    }
}
