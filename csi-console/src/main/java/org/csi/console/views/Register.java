package org.csi.console.views;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.csi.console.client.InitiativeApi;
import org.csi.console.client.SipApi;
import org.csi.console.client.Views.Checkpoint;
import org.csi.console.client.Views.Initiative;
import org.csi.console.client.Views.ProgressSummary;
import org.csi.console.client.Views.RegisterValue;
import org.csi.console.client.Views.Sip;
import org.csi.console.signin.Person;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The register of initiatives: one row per initiative with its next checkpoint, results and open SIPs. */
@ApplicationScoped
public class Register {

    /** A checkpoint due within this time is flagged "due soon". */
    static final Duration DUE_SOON = Duration.ofDays(7);
    static final List<String> PRIORITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");
    static final Set<String> CLOSED_SIP = Set.of("COMPLETED", "CANCELLED");

    public record Filter(String focusArea, String status, String owner, String service, String sort, String ref) {
        public static Filter of(String focusArea, String status, String owner, String service, String sort) {
            return of(focusArea, status, owner, service, sort, null);
        }

        /** {@code ref}: only initiatives referring to this ITSM record (system:type:id), as initiative-service filters. */
        public static Filter of(String focusArea, String status, String owner, String service, String sort,
                String ref) {
            return new Filter(blankToNull(focusArea), blankToNull(status), blankToNull(owner), blankToNull(service),
                    sort == null || sort.isBlank() ? "next" : sort, blankToNull(ref));
        }

        public boolean any() {
            return focusArea != null || status != null || owner != null || service != null || ref != null;
        }
    }

    /** One row. {@code due} is "overdue", "due-soon" or "". */
    public record Row(Initiative initiative, Checkpoint nextCheckpoint, String due, ProgressSummary results,
            Map<String, Long> openSipsByPriority, long openSips) {
    }

    /** {@code value}: expected against realised value over the register (of the status filtered by). */
    public record Table(List<Row> rows, Filter filter, Set<String> owners, Set<String> services, long total,
            RegisterValue value) {
    }

    @Inject
    @RestClient
    InitiativeApi initiatives;

    @Inject
    @RestClient
    SipApi sips;

    @Inject
    Fanout fanout;

    public Table table(Person person, Filter filter) {
        String auth = person.authorization();
        CompletableFuture<RegisterValue> value = fanout.async("initiative-service",
                () -> initiatives.registerValue(auth, filter.status()));
        // ranked by the service when sorted by score, so the first MAX_ITEMS are the highest ranked
        String serviceSort = "score".equals(filter.sort()) ? "score" : null;
        List<Initiative> all = Calls.all("initiative-service", page -> initiatives.list(auth, filter.status(),
                filter.focusArea(), null, filter.ref(), serviceSort, page, Calls.PAGE));
        Set<String> owners = all.stream().map(Initiative::owner).collect(Collectors.toCollection(TreeSet::new));
        Set<String> services = all.stream().flatMap(i -> i.services().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        List<Initiative> shown = all.stream()
                .filter(i -> filter.owner() == null || filter.owner().equalsIgnoreCase(i.owner()))
                .filter(i -> filter.service() == null || i.services().contains(filter.service()))
                .toList();
        Map<String, List<Sip>> openSips = Calls.all("sip-service", page -> sips.list(auth, null, null, null, page,
                Calls.PAGE)).stream().filter(s -> !CLOSED_SIP.contains(s.status()) && s.initiativeId() != null)
                .collect(Collectors.groupingBy(Sip::initiativeId));
        Instant now = Instant.now();
        List<CompletableFuture<Row>> rows = shown.stream()
                .map(i -> fanout.async("initiative-service", () -> row(auth, i, openSips.getOrDefault(i.id(),
                        List.of()), now)))
                .toList();
        List<Row> table = rows.stream().map(Calls::join).sorted(order(filter.sort())).toList();
        return new Table(table, filter, owners, services, all.size(), Calls.join(value));
    }

    private Row row(String auth, Initiative initiative, List<Sip> open, Instant now) {
        Optional<Checkpoint> next = "ACTIVE".equals(initiative.status())
                ? Calls.call("initiative-service", () -> initiatives.checkpoints(auth, initiative.id(), "PENDING"))
                        .stream().min(Comparator.comparing(Checkpoint::dueAt))
                : Optional.empty();
        ProgressSummary results = Calls.call("initiative-service",
                () -> initiatives.progress(auth, initiative.id())).summary();
        Map<String, Long> byPriority = new LinkedHashMap<>();
        PRIORITIES.forEach(p -> {
            long count = open.stream().filter(s -> p.equals(s.priority())).count();
            if (count > 0) {
                byPriority.put(p, count);
            }
        });
        return new Row(initiative, next.orElse(null), next.map(c -> dueFlag(c.dueAt(), now)).orElse(""),
                results == null ? ProgressSummary.NONE : results, byPriority, open.size());
    }

    static String dueFlag(String dueAt, Instant now) {
        Instant due = Instant.parse(dueAt);
        if (due.isBefore(now)) {
            return "overdue";
        }
        return due.isBefore(now.plus(DUE_SOON)) ? "due-soon" : "";
    }

    static Comparator<Row> order(String sort) {
        Comparator<Row> byTitle = Comparator.comparing(r -> r.initiative().title().toLowerCase());
        return switch (sort) {
            case "title" -> byTitle;
            case "owner" -> Comparator.<Row, String>comparing(r -> r.initiative().owner()).thenComparing(byTitle);
            case "status" -> Comparator.<Row, String>comparing(r -> r.initiative().status()).thenComparing(byTitle);
            case "sips" -> Comparator.comparingLong(Row::openSips).reversed().thenComparing(byTitle);
            case "score" -> Comparator.comparing((Row r) -> score(r.initiative()), Comparator.reverseOrder())
                    .thenComparing(byTitle);
            case "missed" -> Comparator.<Row>comparingInt(r -> r.results().missed()).reversed().thenComparing(byTitle);
            default -> Comparator.comparing((Row r) -> r.nextCheckpoint() == null ? "~" : r.nextCheckpoint().dueAt())
                    .thenComparing(byTitle);
        };
    }


    /** The initiative's ranking score; an initiative without one ranks last. */
    static java.math.BigDecimal score(Initiative initiative) {
        return initiative.score() == null || initiative.score().score() == null ? java.math.BigDecimal.valueOf(-1)
                : initiative.score().score();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
