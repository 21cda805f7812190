package org.csi.platform.itsm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.csi.events.payload.ItsmReference;
import org.csi.platform.domain.ConflictException;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.domain.Violation;

/**
 * The rules of an owner's list of ITSM references: at most {@link #MAX} of them, each record at most once (system,
 * type and id), adding the same record again only refreshes its URL and title.
 */
public final class ItsmLinks {

    public static final int MAX = 50;

    /** A reference as a request gives it (the edge has checked each field). */
    public record Given(ItsmRecordKey key, String url, String title) {
    }

    private ItsmLinks() {
    }

    /**
     * Replaces the owner's references by the given ones (create and full update): a record kept keeps who added it
     * and when; one given twice is a 400.
     */
    public static void replace(List<ItsmLink> links, List<Given> given, String field, String by, Instant now) {
        if (given == null) {
            return;
        }
        Map<ItsmRecordKey, Integer> seen = new HashMap<>();
        List<Violation> twice = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Integer first = seen.putIfAbsent(given.get(i).key(), i);
            if (first != null) {
                twice.add(new Violation(field + "[" + i + "]", "names the same record as " + field + "[" + first
                        + "]: " + given.get(i).key()));
            }
        }
        if (!twice.isEmpty()) {
            throw new InvalidException(twice);
        }
        Map<ItsmRecordKey, ItsmLink> kept = new HashMap<>();
        links.forEach(l -> kept.put(l.key(), l));
        List<ItsmLink> next = new ArrayList<>();
        for (Given g : given) {
            ItsmLink old = kept.get(g.key());
            next.add(ItsmLink.of(g.key(), g.url(), g.title(), old == null ? by : old.addedBy,
                    old == null ? now : old.addedAt));
        }
        if (!sameLinks(links, next)) {
            links.clear();
            links.addAll(next);
        }
    }

    /** What adding a reference did. */
    public enum Change {
        ADDED, REFRESHED, UNCHANGED
    }

    /**
     * Adds a reference, or refreshes URL and title when the record is there already. A 409 when the owner already
     * carries {@link #MAX}.
     */
    public static Change add(List<ItsmLink> links, Given given, String owner, String by, Instant now) {
        for (ItsmLink link : links) {
            if (link.key().equals(given.key())) {
                if (!Objects.equals(link.url, given.url()) || !Objects.equals(link.title, given.title())) {
                    link.url = given.url();
                    link.title = given.title();
                    return Change.REFRESHED;
                }
                return Change.UNCHANGED;
            }
        }
        if (links.size() >= MAX) {
            throw new ConflictException("Too many references", owner + " already refers to " + MAX
                    + " ITSM records; remove one first");
        }
        links.add(ItsmLink.of(given.key(), given.url(), given.title(), by, now));
        return Change.ADDED;
    }

    /** Removes the reference to the record; true when there was one. */
    public static boolean remove(List<ItsmLink> links, ItsmRecordKey key) {
        return links.removeIf(l -> l.key().equals(key));
    }

    public static List<ItsmReference> toEvents(List<ItsmLink> links) {
        return links.stream().map(ItsmLink::toEvent).toList();
    }

    /**
     * The references an event carries (e.g. the objective's, in csi.target.missed) as links of a record drafted from
     * it, added by {@code by} at {@code now}; each record once (the first wins), at most {@link #MAX}; none for null.
     * The event's schema has checked each field on the way in.
     */
    public static List<ItsmLink> fromEvents(List<ItsmReference> references, String by, Instant now) {
        if (references == null) {
            return List.of();
        }
        Map<ItsmRecordKey, ItsmLink> links = new LinkedHashMap<>();
        for (ItsmReference r : references) {
            if (r != null && links.size() < MAX) {
                ItsmRecordKey key = new ItsmRecordKey(r.system(), ItsmType.valueOf(r.type()), r.id());
                links.putIfAbsent(key, ItsmLink.of(key, r.url(), r.title(), by, now));
            }
        }
        return List.copyOf(links.values());
    }

    private static boolean sameLinks(List<ItsmLink> a, List<ItsmLink> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ItsmLink x = a.get(i);
            ItsmLink y = b.get(i);
            if (!x.key().equals(y.key()) || !Objects.equals(x.url, y.url) || !Objects.equals(x.title, y.title)) {
                return false;
            }
        }
        return true;
    }
}
