package org.csi.console.pages;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.csi.console.client.ServiceProblem;
import org.csi.console.client.Views.Sip;
import org.csi.console.live.LiveEvents;
import org.csi.console.signin.Person;
import org.csi.console.signin.SignedInPerson;
import org.csi.console.views.Communications;
import org.csi.console.views.Ideas;
import org.csi.console.views.InitiativeReport;
import org.csi.console.views.Register;
import org.csi.console.views.ServiceView;
import org.csi.console.views.SipBoard;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The console's pages. Each reads through the services' public APIs with the signed-in person's own token and renders
 * a Qute template; a problem a service answers is shown as a readable page ({@link ProblemPages}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ConsolePages {

    static final List<String> FOCUS_AREAS = List.of("SERVICE_QUALITY", "COMPLIANCE", "SECURITY", "COST",
            "CUSTOMER_SATISFACTION");
    static final List<String> STATUSES = List.of("ACTIVE", "CLOSED");

    @Inject
    SignedInPerson signedIn;

    @Inject
    Register register;

    @Inject
    InitiativeReport initiatives;

    @Inject
    SipBoard board;

    @Inject
    ServiceView services;

    @Inject
    LiveEvents live;

    @Inject
    Communications communications;

    @Inject
    Ideas ideas;

    @GET
    public TemplateInstance register(@QueryParam("focusArea") String focusArea, @QueryParam("status") String status,
            @QueryParam("owner") String owner, @QueryParam("service") String service,
            @QueryParam("sort") String sort, @QueryParam("ref") String ref) {
        Register.Filter filter = Register.Filter.of(oneOf(focusArea, FOCUS_AREAS), oneOf(status, STATUSES),
                bounded(owner), bounded(service), sort, bounded(ref));
        return Pages.register(person(), register.table(person(), filter), FOCUS_AREAS, STATUSES);
    }

    @GET
    @Path("/initiatives/{id}")
    public Response initiative(@PathParam("id") String id) {
        return timed(() -> initiatives.of(person(), uuid(id)), view -> Pages.initiative(person(), view));
    }

    @GET
    @Path("/initiatives/{id}/report")
    public Response report(@PathParam("id") String id) {
        return timed(() -> initiatives.of(person(), uuid(id)), view -> Pages.report(person(), view,
                Instant.now().truncatedTo(ChronoUnit.MINUTES).toString()));
    }

    /**
     * Renders a page and says in a Server-Timing header how long reading the services and rendering took, so a
     * browser's Navigation Timing (and anyone measuring) sees where the server's time went.
     */
    private static <T> Response timed(java.util.function.Supplier<T> read,
            java.util.function.Function<T, TemplateInstance> page) {
        long start = System.nanoTime();
        T view = read.get();
        long fetched = System.nanoTime();
        String html = page.apply(view).render();
        long rendered = System.nanoTime();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Server-Timing", String.format(java.util.Locale.ROOT, "services;dur=%.1f, render;dur=%.1f",
                        (fetched - start) / 1e6, (rendered - fetched) / 1e6))
                .build();
    }

    @GET
    @Path("/sips")
    public TemplateInstance sips(@QueryParam("initiativeId") String initiativeId, @QueryParam("done") String done,
            @QueryParam("sort") String sort) {
        String initiative = initiativeId == null || initiativeId.isBlank() ? null : uuid(initiativeId);
        String order = oneOf(sort, List.of("score"));
        return Pages.board(person(), board.columns(person(), initiative, order), initiative, null, bounded(done),
                order);
    }

    /** One lifecycle step from the board; on success back to the board, on a problem the board shows it. */
    @POST
    @Path("/sips/{id}/{transition}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") String id, @PathParam("transition") String transition,
            @FormParam("version") String version, @FormParam("text") String text,
            @FormParam("initiativeId") String initiativeId) {
        String initiative = initiativeId == null || initiativeId.isBlank() ? null : uuid(initiativeId);
        try {
            Sip sip = board.take(person(), uuid(id), transition, version, text);
            UriBuilder back = UriBuilder.fromPath("/sips").queryParam("done", sip.title() + " is now "
                    + Formats.label(sip.status()).toLowerCase());
            if (initiative != null) {
                back.queryParam("initiativeId", initiative);
            }
            return Response.seeOther(back.build()).build();
        } catch (ServiceProblem problem) {
            return Response.status(problem.status() >= 500 ? 502 : problem.status())
                    .entity(Pages.board(person(), board.columns(person(), initiative), initiative, problem, null, null))
                    .build();
        }
    }

    @GET
    @Path("/services/{service}")
    public TemplateInstance service(@PathParam("service") String service) {
        return Pages.service(person(), services.of(person(), bounded(service)));
    }

    @GET
    @Path("/communications")
    public TemplateInstance communications(@QueryParam("initiativeId") String initiativeId,
            @QueryParam("audience") String audience, @QueryParam("channel") String channel,
            @QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page) {
        String initiative = initiativeId == null || initiativeId.isBlank() ? null : uuid(initiativeId);
        String audienceName = blankToNull(bounded(audience));
        String channelName = oneOf(channel, List.of("EMAIL", "WEBHOOK", "FEED"));
        String statusName = oneOf(status, List.of("PENDING", "DELIVERED", "FAILED"));
        int pageNumber = Math.max(0, Math.min(page, 100_000));
        return Pages.communications(person(), communications.page(person(), initiative, audienceName, channelName,
                statusName, pageNumber), initiative, audienceName, channelName, statusName);
    }

    @GET
    @Path("/subscriptions")
    public TemplateInstance subscriptions() {
        return Pages.subscriptions(person(), communications.subscriptions(person()));
    }

    @GET
    @Path("/subscriptions/{id}")
    public TemplateInstance deliveries(@PathParam("id") String id) {
        String subscription = uuid(id);
        return Pages.deliveries(person(), communications.subscription(person(), subscription),
                communications.deliveries(person(), subscription));
    }

    @GET
    @Path("/ideas")
    public TemplateInstance ideaList(@QueryParam("status") String status, @QueryParam("sort") String sort,
            @QueryParam("done") String done) {
        String statusName = oneOf(status, Ideas.STATUSES);
        String order = oneOf(sort, List.of("newest"));
        return Pages.ideas(person(), ideas.list(person(), statusName, order), Ideas.STATUSES, Ideas.SOURCES,
                FOCUS_AREAS, null, bounded(done));
    }

    /** Submit an idea (any role); the service records the person as who submitted it. */
    @POST
    @Path("/ideas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitIdea(@FormParam("title") String title, @FormParam("description") String description,
            @FormParam("source") String source, @FormParam("surveyReference") String surveyReference,
            @FormParam("focusArea") List<String> focusAreas) {
        return ideaStep(() -> "Submitted \u201c" + ideas.submit(person(), title, description, source,
                surveyReference, focusAreas == null ? List.of() : focusAreas.stream()
                        .filter(FOCUS_AREAS::contains).distinct().toList()).title() + "\u201d");
    }

    /** Vote, promote, attach or reject; on success back to the list, on a problem the list shows it. */
    @POST
    @Path("/ideas/{id}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ideaDecision(@PathParam("id") String id, @PathParam("step") String step,
            @FormParam("owner") String owner, @FormParam("title") String title, @FormParam("note") String note,
            @FormParam("initiativeId") String initiativeId, @FormParam("reason") String reason) {
        String idea = uuid(id);
        return ideaStep(() -> switch (step) {
            case "vote" -> ideas.vote(person(), idea);
            case "promote" -> {
                var created = ideas.promote(person(), idea, owner, title, note);
                yield "Promoted into the new initiative \u201c" + created.title() + "\u201d";
            }
            case "attach" -> "Attached \u201c" + ideas.attach(person(), idea,
                    initiativeId == null || initiativeId.isBlank() ? null : uuid(initiativeId), note).title()
                    + "\u201d to its initiative";
            case "reject" -> "Rejected \u201c" + ideas.reject(person(), idea, reason).title() + "\u201d";
            default -> throw new ServiceProblem(404, "about:blank", "No such step", "An idea can be voted for, "
                    + "promoted, attached or rejected.", List.of());
        });
    }

    private Response ideaStep(java.util.function.Supplier<String> step) {
        try {
            String done = step.get();
            return Response.seeOther(UriBuilder.fromPath("/ideas").queryParam("done", done).build()).build();
        } catch (ServiceProblem problem) {
            return Response.status(problem.status() >= 500 ? 502 : problem.status())
                    .entity(Pages.ideas(person(), ideas.list(person(), null, null), Ideas.STATUSES, Ideas.SOURCES,
                            FOCUS_AREAS, problem, null))
                    .build();
        }
    }

    @GET
    @Path("/live")
    public TemplateInstance live() {
        return Pages.live(person(), live.recent());
    }

    private Person person() {
        return signedIn.get();
    }


    /** An id from the address: a UUID, or a 404 page (never a call to a service with junk in its path). */
    static String uuid(String value) {
        try {
            return java.util.UUID.fromString(value).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ServiceProblem(404, "about:blank", "Not found", "There is nothing at this address.", List.of());
        }
    }

    private static String oneOf(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    private static String bounded(String value) {
        return value == null ? null : value.length() > 200 ? value.substring(0, 200) : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
