package org.csi.assessment.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.csi.assessment.config.AssessmentConfig;
import org.csi.platform.rest.ApiException;
import org.csi.platform.rest.Caller;

import jakarta.enterprise.context.RequestScoped;

/**
 * Which {@code sourceSystem} the caller may record measurements under, so one tool cannot claim another's name and
 * pre-empt its {@code sourceId}s:
 * <ul>
 * <li>an ITSM tool (a token with {@code csi-integration} and none of csi-admin, csi-manager, csi-analyst) is bound to
 * ONE source system: {@code csi.assessment.source-systems.<client>} when configured, else its client id ({@code azp},
 * else {@code client_id}, else {@code sub}). Another sourceSystem in the body is refused with 403.</li>
 * <li>a person (csi-admin, csi-manager, csi-analyst) entering values by hand is recorded as such: the stored
 * sourceSystem is {@code manual}, or {@code manual:<what they named>} when they name a system (e.g. typing in a
 * tool's report). Their sourceIds live in that namespace and never collide with a tool's.</li>
 * </ul>
 */
@RequestScoped
public class SourceSystemBinding {

    static final String MANUAL = "manual";
    private static final int MAX = 100; // the column and the request field

    private final Caller caller;
    private final Map<String, String> bindings;

    SourceSystemBinding(Caller caller, AssessmentConfig config) {
        this.caller = caller;
        this.bindings = config.sourceSystems();
    }

    /** @return the function from the sourceSystem a request item names to the one stored; refuses a foreign one */
    public UnaryOperator<String> forCaller(List<String> named, String fieldPrefix) {
        boolean person = caller.hasRole("csi-admin") || caller.hasRole("csi-manager") || caller.hasRole("csi-analyst");
        if (person) {
            for (int i = 0; i < named.size(); i++) {
                String stored = manual(named.get(i));
                if (stored.length() > MAX) {
                    throw ApiException.invalid(field(fieldPrefix, i), "must be at most " + (MAX - MANUAL.length() - 1)
                            + " characters when entered by hand (it is recorded as manual:<name>)");
                }
            }
            return SourceSystemBinding::manual;
        }
        Optional<String> client = caller.clientId();
        String bound = client.map(c -> bindings.getOrDefault(c, c)).orElse(null);
        for (int i = 0; i < named.size(); i++) {
            String name = named.get(i) == null ? null : named.get(i).strip();
            if (bound == null || name != null && !name.equals(bound)) {
                throw new ApiException(403, "urn:csi:problem:source-system-not-yours", "Not your source system",
                        "This client may record measurements only as sourceSystem '" + bound + "'; "
                                + field(fieldPrefix, i) + " names another. An operator binds clients to source systems "
                                + "with csi.assessment.source-systems.<client>.",
                        List.of());
            }
        }
        return name -> bound;
    }

    static String manual(String named) {
        String name = named == null ? "" : named.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || lower.equals(MANUAL)) {
            return MANUAL;
        }
        return lower.startsWith(MANUAL + ":") ? name : MANUAL + ":" + name;
    }

    private static String field(String prefix, int i) {
        return prefix == null ? "sourceSystem" : prefix + "[" + i + "].sourceSystem";
    }
}
