package org.csi.assessment.rest;

import org.csi.assessment.service.ProfileService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/services/{service}/profile")
@Tag(name = "Service portfolio", description = "Strengths, weaknesses, risks and priorities of a service.")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceProfileResource {

    @Inject
    ProfileService profiles;

    @GET
    @Operation(summary = "Portfolio profile of a service", description = "Derived from the latest maturity assessments, "
            + "the practice inventory, the objectives and KPI trends, the SERVQUAL gaps and the open gaps; each finding "
            + "names its rule (see the README of assessment-service).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ServiceProfileResponse.class)))
    public ServiceProfileResponse getServiceProfile(@Parameter(example = "email") @PathParam("service") String service) {
        return ServiceProfileResponse.of(profiles.profile(service));
    }
}
