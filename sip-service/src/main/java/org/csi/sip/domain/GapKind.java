package org.csi.sip.domain;

/**
 * The kind of gap a SIP meets, as assessment-service names it: a KPI short of its target (a missed target is a KPI
 * gap too), a process below its target maturity, or a service gap (1: customer expectation vs. management perception,
 * 5: expected vs. perceived service).
 */
public enum GapKind {
    KPI("KPI", "kpiKey"), MATURITY("Maturity", "process"), SERVICE_GAP_1("Service gap 1", "dimension"),
    SERVICE_GAP_5("Service gap 5", "dimension");

    private final String title;
    private final String subjectField;

    GapKind(String title, String subjectField) {
        this.title = title;
        this.subjectField = subjectField;
    }

    /** How a SIP's title names the kind, e.g. "Maturity gap: ...". */
    public String title() {
        return title;
    }

    /** The field that says what is short for this kind: kpiKey, process or dimension. */
    public String subjectField() {
        return subjectField;
    }

    /** What is short for this kind out of the three candidates; null when it is blank or missing. */
    public String subject(String kpiKey, String process, String dimension) {
        String subject = switch (this) {
            case KPI -> kpiKey;
            case MATURITY -> process;
            case SERVICE_GAP_1, SERVICE_GAP_5 -> dimension;
        };
        return subject == null || subject.isBlank() ? null : subject;
    }
}
