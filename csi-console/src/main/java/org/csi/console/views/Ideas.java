package org.csi.console.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.csi.console.client.InitiativeApi;
import org.csi.console.client.Views.Idea;
import org.csi.console.client.Views.Initiative;
import org.csi.console.signin.Person;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Improvement ideas (initiative-service): the list with votes, and what a person does with one. Every role submits
 * and votes; managers promote an idea into an initiative, attach it to one or reject it. The service decides who may;
 * its problem (a 403, a 409 for an idea decided before) comes back as it is.
 */
@ApplicationScoped
public class Ideas {

    public static final List<String> STATUSES = List.of("SUBMITTED", "PROMOTED", "ATTACHED", "REJECTED");
    public static final List<String> SOURCES = List.of("STAFF", "CUSTOMER_SURVEY", "SERVICE_DESK", "SERVICE_REVIEW",
            "OTHER");

    /** At most this many initiatives are offered to attach an idea to (the newest ACTIVE ones). */
    static final int ATTACHABLE = 100;

    /** The page: ideas (most votes first, or newest), and the ACTIVE initiatives an idea can be attached to. */
    public record Listing(List<Idea> ideas, String status, String sort, List<Initiative> initiatives) {
    }

    @Inject
    @RestClient
    InitiativeApi api;

    @Inject
    Fanout fanout;

    public Listing list(Person person, String status, String sort) {
        String auth = person.authorization();
        // the first page of ACTIVE initiatives (newest first) is what the attach form offers
        var active = fanout.async("initiative-service", () -> person.canManage()
                ? api.list(auth, "ACTIVE", null, null, null, null, 0, ATTACHABLE).items()
                : List.<Initiative>of());
        List<Idea> ideas = Calls.all("initiative-service", page -> api.ideas(auth, status, sort, page, Calls.PAGE));
        return new Listing(ideas, status, sort, Calls.join(active));
    }

    public Idea submit(Person person, String title, String description, String source, String surveyReference,
            List<String> focusAreas) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "title", title);
        put(body, "description", description);
        put(body, "source", source);
        put(body, "surveyReference", surveyReference);
        if (focusAreas != null && !focusAreas.isEmpty()) {
            body.put("focusAreas", focusAreas);
        }
        return Calls.call("initiative-service", () -> api.submitIdea(person.authorization(), body));
    }

    /** What the page says after a vote: counted (201), or the person had voted before (200, nothing changed). */
    public String vote(Person person, String id) {
        RestResponse<Idea> answer = Calls.call("initiative-service", () -> api.vote(person.authorization(), id));
        return voted(answer.getStatus(), answer.getEntity());
    }

    static String voted(int status, Idea idea) {
        String votes = idea.votes() == 1 ? "1 vote" : idea.votes() + " votes";
        return status == 201
                ? "Your vote for \u201c" + idea.title() + "\u201d counted: " + votes
                : "You had voted for \u201c" + idea.title() + "\u201d before: still " + votes;
    }

    public Initiative promote(Person person, String id, String owner, String title, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "owner", owner);
        put(body, "title", title);
        put(body, "note", note);
        return Calls.call("initiative-service", () -> api.promoteIdea(person.authorization(), id, body));
    }

    public Idea attach(Person person, String id, String initiativeId, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "initiativeId", initiativeId);
        put(body, "note", note);
        return Calls.call("initiative-service", () -> api.attachIdea(person.authorization(), id, body));
    }

    public Idea reject(Person person, String id, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "reason", reason);
        return Calls.call("initiative-service", () -> api.rejectIdea(person.authorization(), id, body));
    }

    /** A form field as the API takes it: left out when blank (the service says what is required). */
    static void put(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }
}
