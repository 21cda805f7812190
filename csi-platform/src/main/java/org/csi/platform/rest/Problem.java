package org.csi.platform.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail; validation problems list each bad field in errors.")
public record Problem(
        @Schema(example = "urn:csi:problem:validation-failed") String type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are not valid") String detail,
        @Schema(example = "/api/v1/initiatives") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: {@code field} is its JSON path in the request, e.g. {@code objectives[0].targetValue}. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "title") String field, @Schema(example = "must not be blank") String message) {
    }
}
