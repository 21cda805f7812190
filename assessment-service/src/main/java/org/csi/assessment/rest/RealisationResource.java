package org.csi.assessment.rest;

import java.util.UUID;

import org.csi.assessment.service.RealisationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Value (issue 17): the benefit of a completed SIP re-measured from its KPI. */
@Path("/api/v1/sips/{id}/realisation")
@Tag(name = "Realisation", description = "Did the completed improvement move its KPI? Before vs after, gap closed, ROI.")
@Produces(MediaType.APPLICATION_JSON)
public class RealisationResource {

    @Inject
    RealisationService realisations;

    @GET
    @Operation(summary = "Re-measure a completed SIP", description = "The KPI's mean over the window before the SIP "
            + "(csi.assessment.realisation.before-days before its approval) against the mean of the measurements after "
            + "its completion up to now, the share of the gap to the target that closed, and the ROI where the SIP "
            + "states realised money and a cost. Known for SIPs completed with a KPI target (from csi.sip.completed).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RealisationResponse.class)))
    @APIResponse(responseCode = "404", description = "No completed SIP with a KPI target of that id")
    public RealisationResponse getSipRealisation(@PathParam("id") UUID id) {
        return RealisationResponse.of(realisations.get(id));
    }
}
