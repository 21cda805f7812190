package org.csi.sip.domain;

/**
 * The kind of gap a SIP meets, as assessment-service names it: a KPI short of its target (a missed target is a KPI
 * gap too), a process below its target maturity, or a gap of the Service Gap model (1: customer expectation vs.
 * management perception, 2: that perception vs. the service specifications, 3: specifications vs. the service delivered,
 * 4: the service delivered vs. what customers were told, 5: expected vs. perceived service). Gaps 3 and 4 are about a
 * SERVQUAL dimension or a KPI.
 */
public enum GapKind {
    KPI("KPI", "kpiKey"), MATURITY("Maturity", "process"), SERVICE_GAP_1("Service gap 1", "dimension"),
    SERVICE_GAP_5("Service gap 5", "dimension"),
    // Service Gap model, gaps 2-4 (issue 17)
    SERVICE_GAP_2("Service gap 2", "dimension"), SERVICE_GAP_3("Service gap 3", "dimension or kpiKey"),
    SERVICE_GAP_4("Service gap 4", "dimension or kpiKey");

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

    /** The field that says what is short for this kind: kpiKey, process or dimension (gaps 3 and 4: either). */
    public String subjectField() {
        return subjectField;
    }

    /** What is short for this kind out of the three candidates; null when it is blank or missing. */
    public String subject(String kpiKey, String process, String dimension) {
        String subject = switch (this) {
            case KPI -> kpiKey;
            case MATURITY -> process;
            case SERVICE_GAP_1, SERVICE_GAP_2, SERVICE_GAP_5 -> dimension;
            case SERVICE_GAP_3, SERVICE_GAP_4 -> dimension != null && !dimension.isBlank() ? dimension : kpiKey;
        };
        return subject == null || subject.isBlank() ? null : subject;
    }
}
