package org.csi.console.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.csi.console.client.ServiceProblem;
import org.csi.console.client.SipApi;
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

    public record Column(String status, List<Sip> sips) {
    }

    @Inject
    @RestClient
    SipApi sips;

    public List<Column> columns(Person person, String initiativeId) {
        List<Sip> all = Calls.all("sip-service",
                page -> sips.list(person.authorization(), initiativeId, null, page, Calls.PAGE));
        Map<String, List<Sip>> byStatus = new LinkedHashMap<>();
        COLUMNS.forEach(status -> byStatus.put(status, all.stream().filter(s -> status.equals(s.status())).toList()));
        return byStatus.entrySet().stream().map(e -> new Column(e.getKey(), e.getValue())).toList();
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
