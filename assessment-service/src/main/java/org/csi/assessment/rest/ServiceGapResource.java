package org.csi.assessment.rest;

import java.util.List;

import org.csi.assessment.domain.PerceptionResponse;
import org.csi.assessment.service.ServiceGapService;
import org.csi.platform.rest.Created;
import org.csi.platform.rest.Caller;
import org.csi.platform.rest.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/services/{service}")
@Tag(name = "Service Gap model", description = "SERVQUAL perception surveys of customers and provider, and the gaps "
        + "they show (gap 1: customer expectations vs. management's perception of them; gap 5: expected vs. perceived).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceGapResource {

    @Inject
    ServiceGapService serviceGaps;
    @Inject
    Caller caller;

    @POST
    @Idempotent
    @Path("/perception-responses")
    @Operation(summary = "Record a SERVQUAL response", description = "Stores a CUSTOMER or PROVIDER response and "
            + "re-computes the service's gaps: each dimension whose gap 5 is below -threshold, or whose gap 1 exceeds "
            + "the threshold either way, publishes csi.gap.identified once until it closes. respondent is the survey's "
            + "label of who answered; the caller who entered the response is recorded as recordedBy.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = PerceptionResponseResponse.class)))
    @APIResponse(responseCode = "400", description = "A rating outside 1-7, an unknown dimension or respondent type, a "
            + "rating missing for the respondent type")
    public Response recordPerceptionResponse(
            @Parameter(example = "email") @PathParam("service") @Size(min = 1, max = 200) String service,
            @NotNull(message = "a JSON body is required") @Valid PerceptionResponseRequest request,
            @Context UriInfo uri) {
        PerceptionResponse r = serviceGaps.record(request.command(service, caller.actor()));
        return Created.at(uri, r.id, PerceptionResponseResponse.of(r));
    }

    @GET
    @Path("/perception-responses")
    @Operation(summary = "List SERVQUAL responses", description = "All responses about the service, oldest first.")
    @APIResponse(responseCode = "200", description = "The responses")
    public List<PerceptionResponseResponse> listPerceptionResponses(@Parameter(example = "email") @PathParam("service") String service) {
        return serviceGaps.responses(service).stream().map(PerceptionResponseResponse::of).toList();
    }

    @GET
    @Path("/service-gaps")
    @Operation(summary = "Service gaps of a service", description = "Per SERVQUAL dimension: respondent counts, mean "
            + "expectation and perception of customers, gap 5 = perceived - expected, importance weight, management's "
            + "mean perception of customer expectations and gap 1 = that - customer expectation; overall the plain and "
            + "the importance-weighted gap 5.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ServiceGapResponse.class)))
    public ServiceGapResponse getServiceGaps(@Parameter(example = "email") @PathParam("service") String service) {
        return ServiceGapResponse.of(serviceGaps.report(service));
    }
}
