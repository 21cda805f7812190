package org.csi.initiative.rest;

import java.util.UUID;

import org.csi.initiative.service.ValueService;
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

/** Value (issue 17): one initiative's expected against realised value, with each of its SIPs. */
@Path("/api/v1/initiatives/{id}/value")
@Tag(name = "Initiatives", description = "What is the vision? Improvement initiatives, their focus, scope and people.")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeValueResource {

    @Inject
    ValueService value;

    @GET
    @Operation(summary = "Read an initiative's value", description = "The initiative's expected benefits and outcome, "
            + "its SIPs' expected and realised benefits, cost, effort, ROI and re-measured effectiveness (the SIPs "
            + "drafted for its objectives), and the totals per kind and currency.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ValueResponses.Initiative.class)))
    @APIResponse(responseCode = "404", description = "No such initiative")
    public ValueResponses.Initiative getInitiativeValue(@PathParam("id") UUID id) {
        return ValueResponses.Initiative.of(value.of(id));
    }
}
