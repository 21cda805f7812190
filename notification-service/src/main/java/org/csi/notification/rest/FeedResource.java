package org.csi.notification.rest;

import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
import org.csi.notification.service.CommunicationService;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.rest.PageResponse;
import org.csi.platform.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/feed")
@Tag(name = "Feed", description = "Messages for FEED audiences, to read instead of receiving e-mail.")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final CommunicationService communications;
    private final SecurityIdentity caller;

    FeedResource(CommunicationService communications, SecurityIdentity caller) {
        this.communications = communications;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Read an audience's feed", description = "The FEED communications of one audience, newest "
            + "first.")
    @APIResponse(responseCode = "200", description = "A page of feed entries")
    @APIResponse(responseCode = "400", description = "audience is missing or paging is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<CommunicationResponse> readFeed(
            @Parameter(description = "The audience name", example = "staff", required = true)
            @QueryParam("audience") @NotBlank(message = "name the audience whose feed to read") String audience,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        ResultPage<Communication> found = communications.list(null, null, null, audience, Channel.FEED, page, size);
        return PageResponse.of(found, c -> CommunicationResponse.of(c, DeliveryLogAccess.statusCodes(caller)));
    }
}
