package org.csi.assessment.domain;

import java.util.Optional;

/**
 * The five gaps of the Service Gap model (SERVQUAL), where each arises in the lifecycle and who owns it, and which
 * recorded data each one compares ({@code reference} is the side that should be met, {@code actual} the side measured
 * against it; gap = actual - reference):
 * <ol>
 * <li>customer expectations (reference) vs. management's perception of them (actual): STRATEGY, BUSINESS;</li>
 * <li>management's perception of customer expectations (reference) vs. the specified level (actual): DESIGN, IT;</li>
 * <li>the specified level (reference) vs. the service delivered (actual: the customers' mean perception of a
 * dimension, or the latest measurement of a KPI): TRANSITION, IT;</li>
 * <li>what was promised to customers (reference) vs. the service delivered (actual, as for gap 3): OPERATION,
 * BUSINESS;</li>
 * <li>customer expectations (reference) vs. customer perceptions (actual): OPERATION, BUSINESS.</li>
 * </ol>
 */
public enum ServiceGap {
    GAP_1(1, GapKind.SERVICE_GAP_1, LifecycleStage.STRATEGY, Perspective.BUSINESS, "SERVICE_QUALITY",
            "Customer expectations vs. management's perception of them",
            "mean customer expectation", "mean management (PROVIDER) expectation"),
    GAP_2(2, GapKind.SERVICE_GAP_2, LifecycleStage.DESIGN, Perspective.IT, "SERVICE_QUALITY",
            "Management's perception of customer expectations vs. the service specifications",
            "mean management (PROVIDER) expectation", "specified level"),
    GAP_3(3, GapKind.SERVICE_GAP_3, LifecycleStage.TRANSITION, Perspective.IT, "SERVICE_QUALITY",
            "Service specifications vs. the service delivered",
            "specified level", "delivered: mean customer perception (dimension) or latest measurement (KPI)"),
    GAP_4(4, GapKind.SERVICE_GAP_4, LifecycleStage.OPERATION, Perspective.BUSINESS, "CUSTOMER_SATISFACTION",
            "The service delivered vs. what was communicated to customers",
            "promised level", "delivered: mean customer perception (dimension) or latest measurement (KPI)"),
    GAP_5(5, GapKind.SERVICE_GAP_5, LifecycleStage.OPERATION, Perspective.BUSINESS, "CUSTOMER_SATISFACTION",
            "Expected vs. perceived service", "mean customer expectation", "mean customer perception");

    private final int number;
    private final GapKind kind;
    private final LifecycleStage stage;
    private final Perspective perspective;
    private final String defaultFocusArea;
    private final String compares;
    private final String reference;
    private final String actual;

    ServiceGap(int number, GapKind kind, LifecycleStage stage, Perspective perspective, String defaultFocusArea,
            String compares, String reference, String actual) {
        this.number = number;
        this.kind = kind;
        this.stage = stage;
        this.perspective = perspective;
        this.defaultFocusArea = defaultFocusArea;
        this.compares = compares;
        this.reference = reference;
        this.actual = actual;
    }

    public int number() {
        return number;
    }

    public GapKind kind() {
        return kind;
    }

    public LifecycleStage stage() {
        return stage;
    }

    public Perspective perspective() {
        return perspective;
    }

    /** The focus area a SIP drafted from the gap is filed under when no initiative names one. */
    public String defaultFocusArea() {
        return defaultFocusArea;
    }

    public String compares() {
        return compares;
    }

    /** What the reference side of the gap is. */
    public String reference() {
        return reference;
    }

    /** What the actual side of the gap is. */
    public String actual() {
        return actual;
    }

    /** The service gap of a kind of gap; empty for KPI and MATURITY. */
    public static Optional<ServiceGap> of(GapKind kind) {
        for (ServiceGap g : values()) {
            if (g.kind == kind) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
