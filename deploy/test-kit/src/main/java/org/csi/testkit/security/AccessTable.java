package org.csi.testkit.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.csi.stack.security.Tokens;
import org.csi.testkit.security.EndpointAccess.Endpoint;

/**
 * Which roles may call which endpoint: the table of the README, as the tests check it. The CSI defaults: every role
 * reads, csi-admin and csi-manager write; a service widens single write endpoints for analysts or ITSM tools.
 */
public final class AccessTable implements Function<Endpoint, Set<String>> {

    public static final Set<String> EVERYONE = Set.copyOf(Tokens.ROLES);
    public static final Set<String> MANAGERS = Set.of("csi-admin", "csi-manager");
    public static final Set<String> ANALYSTS = Set.of("csi-admin", "csi-manager", "csi-analyst");
    public static final Set<String> FEEDERS = Set.of("csi-admin", "csi-manager", "csi-analyst", "csi-integration");

    private record Rule(String method, Pattern path, Set<String> roles) {
    }

    private final List<Rule> overrides = new ArrayList<>();

    private final List<Rule> open = new ArrayList<>();

    /**
     * A public endpoint (no bearer token needed, e.g. a signed link in an e-mail): callers without a token and with any
     * role are let through. Each one is an exception written down in the root README's Security table.
     */
    public AccessTable open(String method, String pathRegex) {
        open.add(new Rule(method, Pattern.compile(pathRegex), EVERYONE));
        return this;
    }

    public boolean isOpen(Endpoint endpoint) {
        return open.stream().anyMatch(r -> r.method().equals(endpoint.method())
                && r.path().matcher(endpoint.path()).matches());
    }

    public static AccessTable csiDefaults() {
        return new AccessTable();
    }

    /** Lets {@code roles} call {@code method} on paths matching {@code pathRegex} (OpenAPI templates, e.g. {id}). */
    public AccessTable allow(String method, String pathRegex, Set<String> roles) {
        overrides.add(new Rule(method, Pattern.compile(pathRegex), roles));
        return this;
    }

    @Override
    public Set<String> apply(Endpoint endpoint) {
        if (isOpen(endpoint)) {
            return EVERYONE;
        }
        for (Rule rule : overrides) {
            if (rule.method().equals(endpoint.method()) && rule.path().matcher(endpoint.path()).matches()) {
                return rule.roles();
            }
        }
        return endpoint.method().equals("GET") ? EVERYONE : MANAGERS;
    }
}
