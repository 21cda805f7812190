package org.csi.assessment.rest;

import java.util.UUID;

import org.csi.assessment.service.GapAnalysisService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/gap-analysis")
@Tag(name = "Gap analysis", description = "How do we get there? Current practice and KPIs against the targets.")
@Produces(MediaType.APPLICATION_JSON)
public class GapAnalysisResource {

    @Inject
    GapAnalysisService gapAnalysis;

    @GET
    @Operation(summary = "Gap analysis of an initiative", description = "Each objective of the initiative (projected "
            + "from csi.objective.set) against the latest measurement of its KPI: gap size, status (MET, "
            + "WITHIN_TOLERANCE, GAP, NO_DATA) and trend (latest vs. previous measurement, or vs. the baseline value). "
            + "Each process in the initiative's scope (from csi.initiative.created/updated) against its target maturity "
            + "level in the latest assessment.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GapAnalysisResponse.class)))
    @APIResponse(responseCode = "400", description = "initiativeId missing or not a UUID")
    @APIResponse(responseCode = "404", description = "No event of this initiative was received")
    public GapAnalysisResponse analyseGaps(@Parameter(example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c4e10")
            @QueryParam("initiativeId") @NotNull UUID initiativeId) {
        return GapAnalysisResponse.of(gapAnalysis.analyse(initiativeId));
    }
}
