package org.csi.stack.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sets up, through the public APIs only, what a review needs to miss targets and draft SIPs from the misses: an
 * initiative, objectives on KPIs of a service of its own, the ITSM tool's measurements that miss them (a
 * csi-integration client whose client id is the sourceSystem), and a pending checkpoint. Reviews are made by a
 * csi-manager (the reviewer is the caller).
 *
 * <p>The measurements alone already draft a SIP per objective: assessment-service's gap analysis sees the gap and
 * publishes {@code csi.gap.identified}, and a later miss of an objective whose SIP is open is only an occurrence of it.
 * So the setup cancels those SIPs ({@link #cancelGapSips}) and the review's {@code csi.target.missed} drafts new ones.
 * Until {@link #plan} the initiative's communication plan wants nothing that happens, so the setup sends no e-mail;
 * the plan then has a FEED and an EMAIL audience for {@code csi.sip.drafted}.
 */
final class Cycle {

    static final String ITSM = "bench-itsm";
    final String admin = Bench.admin();
    final String manager = Bench.token("maria.keller@example.com", "csi-manager");
    final String itsm = Bench.token(ITSM, "csi-integration");
    final String run;

    Cycle(String run) {
        this.run = run;
    }

    /** The feed audience of this run (one name for all initiatives of the run). */
    String feedAudience() {
        return "bench-feed-" + run;
    }

    /** The e-mail address of this run's EMAIL audience. */
    String mailAddress() {
        return "bench-" + run + "@example.com";
    }

    String service(int initiative) {
        return "bench-" + run + "-" + initiative;
    }

    static String kpi(int objective) {
        return "bench.kpi." + objective;
    }

    /** An initiative with its plan and {@code objectives} objectives; returns its id. */
    String initiative(int index, int objectives) throws Exception {
        String service = service(index);
        String id = Bench.call(admin, "POST", Bench.INITIATIVES + "/api/v1/initiatives", """
                {"title": "Bench %s initiative %d", "vision": "Targets that a benchmark misses on purpose.",
                 "focusAreas": ["SERVICE_QUALITY"], "services": ["%s"], "owner": "bench@example.com"}"""
                .formatted(run, index, service)).path("id").asText();
        Bench.call(admin, "PUT", Bench.NOTIFICATIONS + "/api/v1/initiatives/" + id + "/communication-plan", """
                {"audiences": [{"name": "bench-quiet", "kind": "STAFF", "channel": "FEED",
                  "eventTypes": ["csi.initiative.closed"]}]}""");
        for (int o = 0; o < objectives; o++) {
            Bench.call(admin, "POST", Bench.INITIATIVES + "/api/v1/initiatives/" + id + "/objectives", """
                    {"name": "Objective %d", "kpiKey": "%s", "service": "%s", "unit": "hours", "baselineValue": 8,
                     "targetValue": 4, "direction": "LOWER_IS_BETTER", "tolerance": 0.5, "horizon": "SHORT_TERM",
                     "dueDate": "%s"}""".formatted(o, kpi(o), service, LocalDate.now().plusMonths(3)));
        }
        return id;
    }

    /** The communication plan of the measured part: a FEED and an EMAIL audience for csi.sip.drafted. */
    void plan(String initiative) throws Exception {
        Bench.call(admin, "PUT", Bench.NOTIFICATIONS + "/api/v1/initiatives/" + initiative + "/communication-plan", """
                {"audiences": [
                  {"name": "%s", "kind": "STAFF", "channel": "FEED", "eventTypes": ["csi.sip.drafted"]},
                  {"name": "bench-mail", "kind": "SERVICE_DESK", "channel": "EMAIL", "addresses": ["%s"],
                   "eventTypes": ["csi.sip.drafted"]}]}""".formatted(feedAudience(), mailAddress()));
    }

    /**
     * Waits until the gap analysis drafted a SIP for each of the initiative's {@code objectives}, and cancels them, so
     * the objectives have no open SIP when the review misses them.
     */
    void cancelGapSips(String initiative, int objectives) throws Exception {
        String url = Bench.SIPS + "/api/v1/sips?size=200&status=DRAFT&initiativeId=" + initiative;
        if (!Bench.await(java.time.Duration.ofSeconds(120), 50, () -> {
            try {
                return Bench.get(admin, url).path("totalItems").asInt() >= objectives;
            } catch (Exception e) {
                return false;
            }
        })) {
            throw new IllegalStateException("the gap analysis did not draft " + objectives + " SIPs for " + initiative);
        }
        for (JsonNode sip : Bench.get(admin, url).path("items")) {
            Bench.call(manager, "POST", Bench.SIPS + "/api/v1/sips/" + sip.path("id").asText() + "/cancel",
                    "{\"reason\": \"The benchmark drafts its SIPs from the review.\"}");
        }
    }

    /** The ITSM tool's measurements that miss every objective (9 h against a 4 h target), in bulk requests. */
    void missEverything(int initiatives, int objectives) throws Exception {
        String at = Instant.now().toString(); // after the cycles started, so the reviews count it
        List<String> items = new ArrayList<>();
        for (int i = 0; i < initiatives; i++) {
            for (int o = 0; o < objectives; o++) {
                items.add("""
                        {"kpiKey": "%s", "service": "%s", "value": 9, "unit": "hours", "measuredAt": "%s",
                         "sourceSystem": "%s", "sourceId": "%s-%d-%d"}""".formatted(kpi(o), service(i), at, ITSM, run, i, o));
            }
        }
        for (int from = 0; from < items.size(); from += 5000) {
            Bench.call(itsm, "POST", Bench.ASSESSMENTS + "/api/v1/measurements/bulk",
                    "{\"measurements\": [" + String.join(",", items.subList(from, Math.min(items.size(), from + 5000)))
                            + "]}");
        }
    }

    /** Whether initiative-service's projection has the measurements of every objective of the service. */
    boolean projected(int initiative, int objectives) {
        try {
            JsonNode answer = Bench.get(admin, Bench.INITIATIVES + "/api/v1/latest-measurements?service="
                    + service(initiative));
            JsonNode items = answer.has("items") ? answer.path("items") : answer;
            return items.size() >= objectives;
        } catch (Exception e) {
            return false;
        }
    }

    /** A checkpoint due in an hour; returns its id. */
    String checkpoint(String initiative) throws Exception {
        return Bench.call(admin, "POST", Bench.INITIATIVES + "/api/v1/initiatives/" + initiative + "/checkpoints",
                "{\"dueAt\": \"" + Instant.now().plusSeconds(3600) + "\", \"note\": \"Bench review\"}").path("id").asText();
    }

    void review(String initiative, String checkpoint) throws Exception {
        Bench.call(manager, "POST", Bench.INITIATIVES + "/api/v1/initiatives/" + initiative + "/checkpoints/" + checkpoint
                + "/review", "{\"wentWell\": \"The benchmark ran.\", \"wentWrong\": \"Every target missed.\"}");
    }
}
