package org.csi.assessment.rest;

import java.util.UUID;

import org.csi.assessment.domain.Formality;
import org.csi.assessment.domain.Practice;
import org.csi.assessment.service.PracticeService;
import org.csi.assessment.service.ReplacePractice;
import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.rest.Created;
import org.csi.platform.rest.ApiException;
import org.csi.platform.rest.EntityTags;
import org.csi.platform.rest.Idempotent;
import org.csi.platform.rest.LongPageQuery;
import org.csi.platform.rest.PageResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/practices")
@Tag(name = "Practices", description = "Where are we now? The practices really in use, formal, informal and ad hoc.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticeResource {

    @Inject
    PracticeService practices;

    @POST
    @Idempotent
    @Operation(summary = "Record a practice", description = "Adds a practice to the inventory of a process. "
            + "Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Recorded; ETag carries its version",
            content = @Content(schema = @Schema(implementation = PracticeResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    public Response createPractice(@NotNull(message = "a JSON body is required") @Valid PracticeRequest request,
            @Context UriInfo uri) {
        Practice p = practices.create(request.command());
        return Created.at(uri, p.id, PracticeResponse.of(p), p.version);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a practice", description = "Updates a practice (e.g. an informal practice became "
            + "formal and documented). Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PracticeResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid")
    @APIResponse(responseCode = "404", description = "No such practice")
    @APIResponse(responseCode = "412", description = "The practice changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replacePractice(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid PracticeRequest request) {
        Practice p = practices.replace(new ReplacePractice(id, ExpectedVersion.ifMatch(ifMatch), request.command()));
        return Response.ok(PracticeResponse.of(p)).tag(EntityTags.of(p.version)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a practice", description = "The ETag header carries the version to send in If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PracticeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such practice")
    public Response getPractice(@PathParam("id") UUID id) {
        Practice p = practices.find(id).orElseThrow(() -> ApiException.notFound("Practice", id));
        return Response.ok(PracticeResponse.of(p)).tag(EntityTags.of(p.version)).build();
    }

    @GET
    @Operation(summary = "List practices", description = "By process and name; filter by process, service and formality.")
    @APIResponse(responseCode = "200", description = "A page of practices")
    @APIResponse(responseCode = "400", description = "Unknown formality or bad paging parameters")
    public PageResponse<PracticeResponse> listPractices(
            @Parameter(example = "Incident Management") @QueryParam("process") String process,
            @Parameter(example = "email") @QueryParam("service") String service,
            @Parameter(example = "AD_HOC") @QueryParam("formality") Formality formality,
            @Valid @BeanParam LongPageQuery paging) {
        ResultPage<Practice> found = practices.list(process, service, formality, paging.page(), paging.size());
        return PageResponse.of(found, PracticeResponse::of);
    }
}
