package org.csi.platform.itsm;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csi.platform.domain.InvalidException;

/**
 * What names one ITSM record: the tool, the kind of record and its id there, written {@code system:type:id} (e.g.
 * {@code servicenow:problem:PRB0040001}; the type in any case). A CSI record carries a record at most once.
 */
public record ItsmRecordKey(String system, ItsmType type, String id) {

    /** A system: lower case letters, digits, '-' and '_', e.g. servicenow, jira, bmc-helix. */
    public static final String SYSTEM = "[a-z0-9][a-z0-9_-]{0,49}";
    /** A record id as ITSM tools write them: PRB0040001, OPS-123, a sys_id. */
    public static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    /**
     * The {@code system:type:id} form of the {@code ref} filters and the reference paths, as an ECMA-compatible
     * pattern for the OpenAPI document (no inline flags): the type is any word here, {@link #parse} checks it.
     */
    public static final String REF = SYSTEM + ":[A-Za-z]{1,20}:" + ID;
    public static final String REF_MESSAGE = "must be system:type:id, e.g. servicenow:problem:PRB0040001 (type one of "
            + "incident, problem, change, knowledge, request, survey)";

    private static final Pattern PARSED = Pattern.compile("(" + SYSTEM + "):([A-Za-z]+):(" + ID + ")");

    /** Reads {@code system:type:id}; a malformed one is an {@link InvalidException} naming {@code field}. */
    public static ItsmRecordKey parse(String field, String ref) {
        Matcher m = ref == null ? null : PARSED.matcher(ref);
        if (m == null || !m.matches()) {
            throw new InvalidException(field, REF_MESSAGE);
        }
        try {
            return new ItsmRecordKey(m.group(1), ItsmType.valueOf(m.group(2).toUpperCase(Locale.ROOT)), m.group(3));
        } catch (IllegalArgumentException e) {
            throw new InvalidException(field, REF_MESSAGE);
        }
    }

    @Override
    public String toString() {
        return system + ":" + type.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}
