package org.csi.notification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.csi.notification.service.UnsubscribeService;
import org.csi.notification.service.UnsubscribeTokens;
import org.csi.platform.domain.InvalidException;
import org.csi.platform.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

/**
 * The "leave this audience" link of every e-mail. PUBLIC (no bearer token): the signed token in the URL is the
 * credential; see the Security table of the root README. GET only shows what the link does (mail scanners open links),
 * POST leaves (also the RFC 8058 one-click POST mail programs send for List-Unsubscribe). A person's browser gets HTML:
 * GET a page with a button (a form POSTing to the same URL), POST a page saying it is done; API clients get JSON.
 */
@Path("/api/v1/unsubscribe")
@Tag(name = "Unsubscribe", description = "Leaving an audience through the signed link of an e-mail; no bearer token.")
public class UnsubscribeResource {

    /** The two answers the link gives: JSON for API clients (the default, also for any Accept), HTML for a person. */
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.TEXT_HTML_TYPE).add().build();
    private static final String PAGE_EXAMPLE = "<!DOCTYPE html><html lang=\"en\"><head><title>Leave an audience"
            + "</title></head><body><h1>Leave an audience</h1><p>Stop the e-mails of the audience <strong>"
            + "initiative-stakeholders</strong> of this improvement initiative to <strong>maria.keller@example.com"
            + "</strong>?</p><form method=\"post\" action=\"unsubscribe?token=djEKM2Y...Q.x1N0...\"><button "
            + "type=\"submit\">Leave the audience</button></form></body></html>";
    /** No script, no frames (the button cannot be clickjacked), the form posts back here only. */
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @Inject
    UnsubscribeService unsubscribe;

    @Inject
    @Location("unsubscribe.html")
    Template unsubscribePage;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(summary = "Show an unsubscribe link", description = "Public, no bearer token: the signed token names "
            + "the initiative, the audience and the recipient. Changes nothing (mail scanners open links); POST to "
            + "the same URL to leave. A browser (Accept: text/html) gets a small page asking to confirm with a "
            + "button, a form that POSTs to the same URL; any other client gets the JSON answer.")
    @APIResponse(responseCode = "200", description = "Who the link is for, and whether they left already",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MembershipResponse.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                            example = PAGE_EXAMPLE) })
    @APIResponse(responseCode = "400", description = "The token is missing, malformed, forged, altered or expired "
            + "(a browser gets a page saying so)",
            content = { @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)) })
    public Response showUnsubscribeLink(@Parameter(description = "The signed token of the e-mail's link",
            required = true, example = "djEKM2Y...Q.x1N0...") @QueryParam("token")
            @NotBlank(message = "the link's token is required") @Size(max = UnsubscribeTokens.MAX_LENGTH) String token,
            @Context Request request) {
        return answer(request, token, () -> unsubscribe.preview(token));
    }

    @POST
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(summary = "Leave an audience", description = "Public, no bearer token: the signed token names the "
            + "initiative, the audience and the recipient, who gets no more e-mails for that audience. Leaving twice "
            + "is fine. Any request body (e.g. RFC 8058's List-Unsubscribe=One-Click, or the empty form of the page "
            + "GET shows) is ignored. A browser (Accept: text/html) gets a page saying it is done.")
    @APIResponse(responseCode = "200", description = "The recipient has left the audience",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MembershipResponse.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "The token is missing, malformed, forged, altered or expired "
            + "(a browser gets a page saying so)",
            content = { @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)) })
    public Response leaveAudience(@Parameter(description = "The signed token of the e-mail's link",
            required = true, example = "djEKM2Y...Q.x1N0...") @QueryParam("token")
            @NotBlank(message = "the link's token is required") @Size(max = UnsubscribeTokens.MAX_LENGTH) String token,
            @Context Request request) {
        return answer(request, token, () -> unsubscribe.leave(token));
    }

    /**
     * JSON unless the caller prefers HTML (JAX-RS content negotiation on Accept; equal preference, as with
     * {@code *}{@code /*} or no Accept, takes JSON). A browser's bad token gets a page, an API client's a problem.
     */
    private Response answer(Request request, String token, Supplier<UnsubscribeService.Membership> action) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null || !MediaType.TEXT_HTML_TYPE.isCompatible(variant.getMediaType())) {
            return Response.ok(MembershipResponse.of(action.get()), MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        TemplateInstance page;
        Response.Status status = Response.Status.OK;
        try {
            UnsubscribeService.Membership m = action.get();
            boolean left = m.leftAt() != null;
            page = unsubscribePage.data("title", left ? "You have left the audience" : "Leave an audience")
                    .data("audience", m.audience()).data("recipient", m.recipient()).data("token", token)
                    .data("left", left).data("problem", null);
        } catch (InvalidException e) {
            status = Response.Status.BAD_REQUEST;
            page = unsubscribePage.data("title", "This link does not work").data("audience", null)
                    .data("recipient", null).data("token", null).data("left", false)
                    .data("problem", e.violations().get(0).message());
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", PAGE_POLICY).header("Referrer-Policy", "no-referrer").build();
    }

    @Schema(name = "AudienceMembership", description = "A recipient's place in an audience of an initiative's plan.")
    public record MembershipResponse(
            @Schema(description = "The initiative whose plan has the audience") UUID initiativeId,
            @Schema(description = "The audience", example = "initiative-stakeholders") String audience,
            @Schema(description = "The e-mail address", example = "maria.keller@example.com") String recipient,
            @Schema(description = "true once the recipient left the audience") boolean left,
            @Schema(description = "When they left; null while in the audience") Instant leftAt) {

        static MembershipResponse of(UnsubscribeService.Membership m) {
            return new MembershipResponse(m.initiativeId(), m.audience(), m.recipient(), m.leftAt() != null,
                    m.leftAt());
        }
    }
}
