package org.csi.platform.identity;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who did something the suite records: the authenticated caller (the token's actor claim), or a system actor such as
 * the checkpoint scheduler. {@code onBehalfOf} is set only when a csi-admin acted for someone else; then both names
 * are recorded. A plain value, so services take it without knowing anything about HTTP or tokens.
 */
public record Actor(String name, String onBehalfOf) {

    /** The actor of the scheduler's automatic checkpoint reviews. */
    public static final Actor SCHEDULER = system("scheduler");

    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An actor needs a name");
        }
        onBehalfOf = onBehalfOf == null || onBehalfOf.isBlank() ? null : onBehalfOf;
    }

    public static Actor of(String name) {
        return new Actor(name, null);
    }

    /** A part of the suite acting on its own, e.g. {@code scheduler}. */
    public static Actor system(String name) {
        return new Actor(name, null);
    }

    /** The actor and, when set, the person acted for: the names four-eyes rules compare. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        if (onBehalfOf != null) {
            names.add(onBehalfOf);
        }
        return names;
    }

    /** True when this actor and the other share a name (the same person, directly or on behalf of). */
    public boolean sharesPersonWith(Actor other) {
        return other != null && names().stream().anyMatch(other.names()::contains);
    }

    /** "alice" or "admin on behalf of alice": for notes and logs. */
    public String describe() {
        return onBehalfOf == null ? name : name + " on behalf of " + onBehalfOf;
    }
}
