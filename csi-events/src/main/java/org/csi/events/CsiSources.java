package org.csi.events;

/** The {@code ce_source} of each service. */
public final class CsiSources {
    public static final String INITIATIVE_SERVICE = "/csi/initiative-service";
    public static final String ASSESSMENT_SERVICE = "/csi/assessment-service";
    public static final String SIP_SERVICE = "/csi/sip-service";
    public static final String NOTIFICATION_SERVICE = "/csi/notification-service";

    private CsiSources() {
    }
}
