package org.csi.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.csi.notification.service.UnsubscribeService;
import org.csi.notification.service.UnsubscribeTokens;
import org.csi.platform.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The "leave this audience" link of every e-mail. PUBLIC (no bearer token): the signed token in the URL is the
 * credential; see the Security table of the root README. GET only shows what the link does (mail scanners open links),
 * POST leaves (also the RFC 8058 one-click POST mail programs send for List-Unsubscribe).
 */
@Path("/api/v1/unsubscribe")
@Tag(name = "Unsubscribe", description = "Leaving an audience through the signed link of an e-mail; no bearer token.")
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {

    @Inject
    UnsubscribeService unsubscribe;

    @GET
    @Operation(summary = "Show an unsubscribe link", description = "Public, no bearer token: the signed token names "
            + "the initiative, the audience and the recipient. Changes nothing; POST to the same URL to leave.")
    @APIResponse(responseCode = "200", description = "Who the link is for, and whether they left already",
            content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "400", description = "The token is missing, malformed, forged, altered or expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MembershipResponse showUnsubscribeLink(@Parameter(description = "The signed token of the e-mail's link",
            required = true, example = "djEKM2Y...Q.x1N0...") @QueryParam("token")
            @NotBlank(message = "the link's token is required") @Size(max = UnsubscribeTokens.MAX_LENGTH) String token) {
        return MembershipResponse.of(unsubscribe.preview(token));
    }

    @POST
    @Operation(summary = "Leave an audience", description = "Public, no bearer token: the signed token names the "
            + "initiative, the audience and the recipient, who gets no more e-mails for that audience. Leaving twice "
            + "is fine. Any request body (e.g. RFC 8058's List-Unsubscribe=One-Click) is ignored.")
    @APIResponse(responseCode = "200", description = "The recipient has left the audience",
            content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "400", description = "The token is missing, malformed, forged, altered or expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MembershipResponse leaveAudience(@Parameter(description = "The signed token of the e-mail's link",
            required = true, example = "djEKM2Y...Q.x1N0...") @QueryParam("token")
            @NotBlank(message = "the link's token is required") @Size(max = UnsubscribeTokens.MAX_LENGTH) String token) {
        return MembershipResponse.of(unsubscribe.leave(token));
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
