package org.csi.events;

/**
 * Kafka topic names of the CSI event contract. Every event of one initiative shares a key, so it stays ordered. Which
 * service owns which topic, and the list of all of them, is {@link CsiService}.
 */
public final class CsiTopics {
    /** Initiatives, objectives, checkpoints, targets and cycles (initiative-service). */
    public static final String INITIATIVES = "csi.initiatives";
    /** Measurements, maturity assessments, baselines and gaps (assessment-service). */
    public static final String ASSESSMENTS = "csi.assessments";
    /** Service Improvement Plans (sip-service). */
    public static final String SIPS = "csi.sips";
    /** Delivery outcomes of stakeholder communications (notification-service). */
    public static final String COMMUNICATIONS = "csi.communications";
    /** Prefix of the per-service dead-letter topics: {@code csi.deadletter.<service>}. */
    public static final String DEAD_LETTER_PREFIX = "csi.deadletter.";

    private CsiTopics() {
    }

    /** {@code csi.deadletter.<service>}; {@link CsiService#deadLetterTopic()} for a service of the suite. */
    public static String deadLetter(String service) {
        return DEAD_LETTER_PREFIX + service;
    }
}
