package org.csi.console.views;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.csi.console.client.AssessmentApi;
import org.csi.console.client.ServiceProblem;
import org.csi.console.client.SipApi;
import org.csi.console.client.Views.Realisation;
import org.csi.console.client.Views.Sip;
import org.csi.console.signin.Person;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The SIP board: SIPs in columns by status, and the lifecycle steps a person may take from each. */
@ApplicationScoped
public class SipBoard {

    public static final List<String> COLUMNS = List.of("DRAFT", "SUBMITTED", "APPROVED", "IN_PROGRESS", "COMPLETED",
            "CANCELLED");

    /** A lifecycle step: the API's path segment, its label, and the body field it asks for (required or not). */
    public record Step(String transition, String label, String field, String fieldLabel, boolean required) {
    }

    static final Step SUBMIT = new Step("submit", "Submit", "note", "Note (optional)", false);
    static final Step APPROVE = new Step("approve", "Approve", "note", "Note (optional)", false);
    static final Step START = new Step("start", "Start", "note", "Note (optional)", false);
    static final Step COMPLETE = new Step("complete", "Complete", "resultNote", "Result note", true);
    static final Step CANCEL = new Step("cancel", "Cancel", "reason", "Reason", true);

    /** The board's cards, in the order sip-service listed them (newest first, or highest score first). */
    public record Column(String status, List<Card> sips) {
    }

    /**
     * One SIP on the board. {@code previous}: for a REGRESSION SIP, the earlier SIP whose success slid back (null when
     * it is not on this board). {@code realisation}: a completed SIP re-measured by assessment-service, or null with
     * {@code measured} saying why ("not yet measured", or the problem met).
     */
    public record Card(Sip sip, Sip previous, Realisation realisation, String measured) {
    }

    /** At most this many completed SIPs are re-measured for one board (the newest or highest ranked first). */
    static final int REALISATIONS = 60;

    @Inject
    @RestClient
    SipApi sips;

    @Inject
    @RestClient
    AssessmentApi assessments;

    @Inject
    Fanout fanout;

    public List<Column> columns(Person person, String initiativeId) {
        return columns(person, initiativeId, null);
    }

    /** {@code sort}: "score" ranks each column by score (as sip-service does with sort=score); else newest first. */
    public List<Column> columns(Person person, String initiativeId, String sort) {
        String auth = person.authorization();
        String serviceSort = "score".equals(sort) ? "score" : null;
        List<Sip> all = Calls.all("sip-service",
                page -> sips.list(auth, initiativeId, null, serviceSort, page, Calls.PAGE));
        Map<String, Sip> byId = new HashMap<>();
        all.forEach(s -> byId.put(s.id(), s));
        Map<String, CompletableFuture<Realisation>> realisations = new HashMap<>();
        all.stream().filter(s -> "COMPLETED".equals(s.status())).limit(REALISATIONS)
                .forEach(s -> realisations.put(s.id(), fanout.async("assessment-service",
                        () -> realisationOrNull(auth, s.id()))));
        Map<String, List<Card>> byStatus = new LinkedHashMap<>();
        COLUMNS.forEach(status -> byStatus.put(status, all.stream().filter(s -> status.equals(s.status()))
                .map(s -> card(s, byId, realisations.get(s.id()))).toList()));
        return byStatus.entrySet().stream().map(e -> new Column(e.getKey(), e.getValue())).toList();
    }

    private Realisation realisationOrNull(String auth, String sipId) {
        return notMeasuredIsNull(() -> assessments.realisation(auth, sipId));
    }

    /** assessment-service answers 404 while a SIP has nothing to re-measure: that is "not yet measured", no error. */
    static Realisation notMeasuredIsNull(java.util.function.Supplier<Realisation> call) {
        try {
            return call.get();
        } catch (ServiceProblem problem) {
            if (problem.status() == 404) {
                return null;
            }
            throw problem;
        }
    }

    static Card card(Sip sip, Map<String, Sip> byId, CompletableFuture<Realisation> realisation) {
        Sip previous = sip.previousSipId() == null ? null : byId.get(sip.previousSipId());
        if (realisation == null) {
            return new Card(sip, previous, null, "COMPLETED".equals(sip.status()) ? "not re-measured here" : null);
        }
        try {
            Realisation found = Calls.join(realisation);
            return new Card(sip, previous, found, found == null ? "not yet measured" : null);
        } catch (ServiceProblem problem) {
            // one SIP's realisation that cannot be read does not take the board down: the card says so
            return new Card(sip, previous, null, "could not be read: " + problem.title());
        }
    }

    /** The steps the API allows from the SIP's status, for a person who may change SIPs; none for readers. */
    public static List<Step> steps(Person person, Sip sip) {
        if (!person.canManage()) {
            return List.of();
        }
        return switch (sip.status()) {
            case "DRAFT" -> List.of(SUBMIT, CANCEL);
            case "SUBMITTED" -> List.of(APPROVE, CANCEL);
            case "APPROVED" -> List.of(START, CANCEL);
            case "IN_PROGRESS" -> List.of(COMPLETE, CANCEL);
            default -> List.of();
        };
    }

    /** Takes one step through sip-service, as the person; the service's problem comes back as it is. */
    public Sip take(Person person, String id, String transition, String version, String text) {
        Step step = List.of(SUBMIT, APPROVE, START, COMPLETE, CANCEL).stream()
                .filter(s -> s.transition().equals(transition)).findFirst()
                .orElseThrow(() -> new ServiceProblem(404, "about:blank", "No such step", "The SIP board knows "
                        + "submit, approve, start, complete and cancel.", List.of()));
        Map<String, String> body = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            body.put(step.field(), text.strip());
        }
        String ifMatch = version == null || version.isBlank() ? null : "\"" + version.strip() + "\"";
        return Calls.call("sip-service", () -> sips.transition(person.authorization(), ifMatch, id, transition, body));
    }
}
