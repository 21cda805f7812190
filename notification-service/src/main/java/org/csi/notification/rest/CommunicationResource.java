package org.csi.notification.rest;

import java.util.UUID;

import org.csi.notification.domain.Communication;
import org.csi.notification.domain.CommunicationStatus;
import org.csi.notification.service.CommunicationService;
import org.csi.platform.rest.PageResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/communications")
@Tag(name = "Communications", description = "What was told to whom about which CSI event, and whether it arrived.")
@Produces(MediaType.APPLICATION_JSON)
public class CommunicationResource {

    private final CommunicationService communications;

    CommunicationResource(CommunicationService communications) {
        this.communications = communications;
    }

    @GET
    @Operation(summary = "List communications", description = "Newest first; filter by initiative, source event type, "
            + "status and audience.")
    public PageResponse<CommunicationResponse> list(
            @QueryParam("initiativeId") UUID initiativeId,
            @QueryParam("eventType") String eventType,
            @QueryParam("status") CommunicationStatus status,
            @QueryParam("audience") String audience,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        PageResponse<Communication> found = communications.list(initiativeId, eventType, status, audience, page, size);
        return PageResponse.of(found.items().stream().map(CommunicationResponse::of).toList(), page, size,
                found.totalItems());
    }
}
