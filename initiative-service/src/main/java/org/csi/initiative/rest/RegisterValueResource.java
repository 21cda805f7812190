package org.csi.initiative.rest;

import org.csi.initiative.domain.InitiativeStatus;
import org.csi.initiative.service.ValueService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Value (issue 17): the register's expected against realised value. Its own class with the longer literal path, so
 * {@code /api/v1/initiatives/value} is never taken for an initiative id.
 */
@Path("/api/v1/initiatives/value")
@Tag(name = "Initiatives", description = "What is the vision? Improvement initiatives, their focus, scope and people.")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterValueResource {

    @Inject
    ValueService value;

    @GET
    @Operation(summary = "Total the register's value", description = "Expected against realised value over all "
            + "initiatives (or those of a status), per kind of benefit and currency: the initiatives' own expected "
            + "benefits, their SIPs' expected ones (cancelled SIPs left out) and the benefits completed SIPs realised, "
            + "with the mean effectiveness assessment-service re-measured. Money is never summed across currencies.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ValueResponses.Register.class)))
    @APIResponse(responseCode = "400", description = "The status filter is not valid")
    public ValueResponses.Register getRegisterValue(
            @Parameter(description = "Only initiatives of this status: ACTIVE or CLOSED", example = "ACTIVE")
            @QueryParam("status") @Pattern(regexp = "ACTIVE|CLOSED", message = "must be ACTIVE or CLOSED")
            String status) {
        // a String checked here, not the enum: JAX-RS answers a value it cannot convert with 404, not 400
        return ValueResponses.Register.of(value.register(status == null ? null : InitiativeStatus.valueOf(status)));
    }
}
