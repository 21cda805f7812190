package org.csi.notification.rest;

import java.util.UUID;

import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
import org.csi.notification.domain.CommunicationStatus;
import org.csi.notification.service.CommunicationQuery;
import org.csi.notification.service.CommunicationService;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.rest.PageQuery;
import org.csi.platform.rest.PageResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Communications as they were composed and delivered, and the feed of FEED audiences. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CommunicationResource {

    @Inject
    CommunicationService communications;
    @Inject
    SecurityIdentity caller;

    @GET
    @Path("/communications")
    @Tag(name = "Communications", description = "What was told to whom about which CSI event, and whether it arrived.")
    @Operation(summary = "List communications", description = "Newest first; filter by initiative, source event type, "
            + "status, audience and channel. Each communication has a subject and the three sections: service "
            + "implications, impact on personnel and approach.")
    @APIResponse(responseCode = "200", description = "A page of communications")
    @APIResponse(responseCode = "400", description = "A filter or paging value is not valid")
    public PageResponse<CommunicationResponse> listCommunications(
            @Parameter(description = "Only this initiative") @QueryParam("initiativeId") UUID initiativeId,
            @Parameter(description = "Only this source ce_type", example = "csi.target.missed")
            @QueryParam("eventType") String eventType,
            @Parameter(description = "Only this status") @QueryParam("status") CommunicationStatus status,
            @Parameter(description = "Only this audience", example = "initiative-stakeholders")
            @QueryParam("audience") String audience,
            @Parameter(description = "Only this channel") @QueryParam("channel") Channel channel,
            @Valid @BeanParam PageQuery paging) {
        ResultPage<Communication> found = communications.list(new CommunicationQuery(initiativeId, eventType, status,
                audience, channel), paging.page(), paging.size());
        return PageResponse.of(found, c -> CommunicationResponse.of(c, DeliveryLogAccess.statusCodes(caller)));
    }

    @GET
    @Path("/feed")
    @Tag(name = "Feed", description = "Messages for FEED audiences, to read instead of receiving e-mail.")
    @Operation(summary = "Read an audience's feed", description = "The FEED communications of one audience, newest "
            + "first.")
    @APIResponse(responseCode = "200", description = "A page of feed entries")
    @APIResponse(responseCode = "400", description = "audience is missing or paging is not valid")
    public PageResponse<CommunicationResponse> readFeed(
            @Parameter(description = "The audience name", example = "staff", required = true)
            @QueryParam("audience") @NotBlank(message = "name the audience whose feed to read") String audience,
            @Valid @BeanParam PageQuery paging) {
        ResultPage<Communication> found = communications.list(CommunicationQuery.feed(audience), paging.page(),
                paging.size());
        return PageResponse.of(found, c -> CommunicationResponse.of(c, DeliveryLogAccess.statusCodes(caller)));
    }
}
