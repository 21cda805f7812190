package org.csi.console.views;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.csi.console.client.AssessmentApi;
import org.csi.console.client.InitiativeApi;
import org.csi.console.client.NotificationApi;
import org.csi.console.client.SipApi;
import org.csi.console.client.Views.Baseline;
import org.csi.console.client.Views.Checkpoint;
import org.csi.console.client.Views.CheckpointResult;
import org.csi.console.client.Views.Communication;
import org.csi.console.client.Views.Cycle;
import org.csi.console.client.Views.GapAnalysis;
import org.csi.console.client.Views.Initiative;
import org.csi.console.client.Views.InitiativeValue;
import org.csi.console.client.Views.MaturityAssessment;
import org.csi.console.client.Views.Measurement;
import org.csi.console.client.Views.Objective;
import org.csi.console.client.Views.Practice;
import org.csi.console.client.Views.Sip;
import org.csi.console.signin.Person;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One initiative as the six CSI questions answer it, read from the four services: what the initiative page and the
 * printable report show.
 */
@ApplicationScoped
public class InitiativeReport {

    /** The most measurements one KPI chart draws (about 10 years of daily values). */
    static final int SERIES_LIMIT = 5000;

    /** A checkpoint result drawn on an objective's chart. */
    public record Mark(String at, BigDecimal value, String status) {
    }

    /** Where do we want to be: one objective with its KPI chart and the chart's data as a table. */
    public record ObjectiveChart(Objective objective, List<Measurement> measurements, List<Mark> marks,
            String chartJson) {
        /** The tolerance band: target minus tolerance up to target (higher is better), or target up to target plus. */
        public String bandLow() {
            return "LOWER_IS_BETTER".equals(objective.direction()) ? plain(objective.targetValue())
                    : plain(objective.targetValue().subtract(tolerance()));
        }

        public String bandHigh() {
            return "LOWER_IS_BETTER".equals(objective.direction())
                    ? plain(objective.targetValue().add(tolerance())) : plain(objective.targetValue());
        }

        private BigDecimal tolerance() {
            return objective.tolerance() == null ? BigDecimal.ZERO : objective.tolerance();
        }
    }

    /** Where are we now: one process's maturity over time, the latest assessment first. */
    public record MaturityRadar(String process, String service, List<MaturityAssessment> assessments,
            List<String> dimensions, String chartJson) {
    }

    /** How do we keep the momentum going: one cycle and its objectives. */
    public record CycleObjectives(Cycle cycle, List<Objective> objectives, boolean current) {
        public long carriedOver() {
            return objectives.stream().filter(o -> o.carriedOverFrom() != null).count();
        }
    }

    public record View(Initiative initiative, Map<String, List<Practice>> practicesByFormality,
            List<MaturityRadar> maturity, List<Baseline> baselines, List<ObjectiveChart> shortTerm,
            List<ObjectiveChart> longTerm, GapAnalysis gaps, List<Sip> sips, List<Checkpoint> reviews,
            List<Checkpoint> pending, List<CycleObjectives> cycles, List<Communication> communications,
            InitiativeValue value) {
        public int objectiveCount() {
            return shortTerm.size() + longTerm.size();
        }

        /** The current cycle's objectives whose KPI is watched after success (or has regressed). */
        public List<Objective> watched() {
            return java.util.stream.Stream.concat(shortTerm.stream(), longTerm.stream()).map(ObjectiveChart::objective)
                    .filter(o -> o.regressionWatch() != null && !"NOT_WATCHED".equals(o.regressionWatch().state()))
                    .toList();
        }
    }

    @Inject
    @RestClient
    InitiativeApi initiatives;

    @Inject
    @RestClient
    AssessmentApi assessments;

    @Inject
    @RestClient
    SipApi sips;

    @Inject
    @RestClient
    NotificationApi notifications;

    @Inject
    Fanout fanout;

    public View of(Person person, String id) {
        String auth = person.authorization();
        Initiative initiative = Calls.call("initiative-service", () -> initiatives.get(auth, id));
        var checkpoints = async("initiative-service", () -> initiatives.checkpoints(auth, id, null));
        var cycles = async("initiative-service", () -> initiatives.cycles(auth, id));
        var gaps = async("assessment-service", () -> assessments.gapAnalysis(auth, id));
        var value = async("initiative-service", () -> initiatives.value(auth, id));
        var initiativeSips = async("sip-service", () -> Calls.all("sip-service",
                page -> sips.list(auth, id, null, null, page, Calls.PAGE)));
        var communications = async("notification-service", () -> notifications.communications(auth, id, null, null,
                null, 0, 50).items());
        var practices = async("assessment-service", () -> initiative.services().stream()
                .flatMap(s -> Calls.all("assessment-service", page -> assessments.practices(auth, s, page,
                        Calls.PAGE)).stream()).toList());
        var maturity = async("assessment-service", () -> initiative.services().stream()
                .flatMap(s -> Calls.all("assessment-service", page -> assessments.maturityAssessments(auth, s, page,
                        Calls.PAGE)).stream()).toList());
        var baselines = async("assessment-service", () -> initiative.services().stream()
                .flatMap(s -> Calls.all("assessment-service", page -> assessments.baselines(auth, s, page,
                        Calls.PAGE)).stream()).toList());
        // the current cycle's objectives first: their KPI series are the slowest part, so they start at once
        List<Objective> current = Calls.call("initiative-service", () -> initiatives.objectives(auth, id, null));
        Map<String, CompletableFuture<List<Measurement>>> series = new LinkedHashMap<>();
        current.forEach(o -> series.put(o.id(), async("assessment-service", () -> assessments.kpiSeries(auth,
                o.service(), o.kpiKey(), 0, SERIES_LIMIT).items())));
        List<CompletableFuture<CycleObjectives>> cycleFutures = Calls.join(cycles).stream()
                .map(c -> c.cycle() == initiative.cycle()
                        ? CompletableFuture.completedFuture(new CycleObjectives(c, current, true))
                        : async("initiative-service", () -> new CycleObjectives(c,
                                initiatives.objectives(auth, id, c.cycle()), false)))
                .toList();
        List<CycleObjectives> byCycle = cycleFutures.stream().map(Calls::join).toList();
        List<Checkpoint> all = Calls.join(checkpoints);
        Map<String, String> carriedFrom = new java.util.HashMap<>();
        byCycle.forEach(c -> c.objectives().stream().filter(o -> o.carriedOverFrom() != null)
                .forEach(o -> carriedFrom.put(o.id(), o.carriedOverFrom())));
        List<ObjectiveChart> drawn = current.stream()
                .map(o -> chart(o, Calls.join(series.get(o.id())), lineage(o.id(), carriedFrom), all)).toList();
        List<Checkpoint> reviews = all.stream().filter(c -> "REVIEWED".equals(c.status()))
                .sorted(Comparator.comparing(Checkpoint::reviewedAt).reversed()).toList();
        List<Checkpoint> pending = all.stream().filter(c -> "PENDING".equals(c.status()))
                .sorted(Comparator.comparing(Checkpoint::dueAt)).toList();
        Map<String, List<Practice>> byFormality = new LinkedHashMap<>();
        for (String formality : List.of("FORMAL", "INFORMAL", "AD_HOC")) {
            byFormality.put(formality, Calls.join(practices).stream().filter(p -> formality.equals(p.formality()))
                    .toList());
        }
        return new View(initiative, byFormality, radars(Calls.join(maturity)), Calls.join(baselines),
                drawn.stream().filter(c -> !"LONG_TERM".equals(c.objective().horizon())).toList(),
                drawn.stream().filter(c -> "LONG_TERM".equals(c.objective().horizon())).toList(),
                Objects.requireNonNullElse(Calls.join(gaps), GapAnalysis.NONE), Calls.join(initiativeSips), reviews, pending,
                byCycle, Calls.join(communications), Calls.join(value));
    }

    /** The objective and the earlier cycles' objectives it was carried over from: their results belong on its chart. */
    private static Set<String> lineage(String id, Map<String, String> carriedFrom) {
        Set<String> ids = new LinkedHashSet<>();
        for (String current = id; current != null && ids.add(current); current = carriedFrom.get(current)) {
            // follow carriedOverFrom back to the first cycle
        }
        return ids;
    }

    private static ObjectiveChart chart(Objective objective, List<Measurement> measured, Set<String> lineage,
            List<Checkpoint> checkpoints) {
        List<Measurement> series = new ArrayList<>(measured);
        series.sort(Comparator.comparing(Measurement::measuredAt));
        List<Mark> marks = checkpoints.stream().filter(c -> "REVIEWED".equals(c.status()))
                .flatMap(c -> c.results().stream().filter(r -> lineage.contains(r.objectiveId()))
                        .filter(r -> r.actualValue() != null)
                        .map(r -> new Mark(at(r, c), r.actualValue(), r.status())))
                .sorted(Comparator.comparing(Mark::at)).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", "kpi");
        data.put("name", objective.name());
        data.put("unit", objective.unit());
        data.put("direction", objective.direction());
        data.put("baseline", objective.baselineValue());
        data.put("target", objective.targetValue());
        data.put("tolerance", objective.tolerance());
        data.put("points", series.stream().map(m -> List.of(m.measuredAt(), m.value())).toList());
        data.put("marks", marks);
        return new ObjectiveChart(objective, series, marks, Charts.json(data));
    }

    private static String at(CheckpointResult result, Checkpoint checkpoint) {
        return result.measuredAt() != null ? result.measuredAt() : checkpoint.reviewedAt();
    }

    /** One radar per process and service: the latest assessment solid, the earlier ones as fainter rings. */
    private static List<MaturityRadar> radars(List<MaturityAssessment> assessments) {
        Map<String, List<MaturityAssessment>> byProcess = assessments.stream()
                .sorted(Comparator.comparing(MaturityAssessment::assessedOn).reversed())
                .collect(Collectors.groupingBy(a -> a.process() + "\u0000" + a.service(), LinkedHashMap::new,
                        Collectors.toList()));
        List<MaturityRadar> radars = new ArrayList<>();
        byProcess.values().forEach(list -> {
            Set<String> dimensions = new LinkedHashSet<>();
            list.forEach(a -> dimensions.addAll(a.levels().keySet()));
            List<Map<String, Object>> series = new ArrayList<>();
            for (int i = 0; i < list.size() && i < 5; i++) {
                MaturityAssessment a = list.get(i);
                series.add(Map.of("name", a.assessedOn(), "latest", i == 0,
                        "values", dimensions.stream().map(d -> a.levels().getOrDefault(d, 0)).toList()));
            }
            Map<String, Object> data = Map.of("kind", "radar", "dimensions", List.copyOf(dimensions), "max", 5,
                    "series", series);
            radars.add(new MaturityRadar(list.get(0).process(), list.get(0).service(), list,
                    List.copyOf(dimensions), Charts.json(data)));
        });
        return radars;
    }

    private <T> CompletableFuture<T> async(String service, Supplier<T> call) {
        return fanout.async(service, call);
    }


    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
