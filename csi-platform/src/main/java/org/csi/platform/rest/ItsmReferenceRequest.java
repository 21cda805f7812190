package org.csi.platform.rest;

import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.itsm.ItsmRecordKey;
import org.csi.platform.itsm.ItsmType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A reference to a record in an ITSM tool, as requests give it (in a list of a record, or added on its own). */
@Schema(name = "ItsmReferenceRequest", description = "A record in an ITSM tool (incident, problem, change, knowledge "
        + "article, request, survey) this CSI record refers to. system, type and id name it; the same record given "
        + "again only refreshes url and title.")
public record ItsmReferenceRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = ItsmRecordKey.SYSTEM, message = "must be lower case letters, digits, '-' or '_', e.g. servicenow")
        @Schema(required = true, description = "The ITSM tool, in lower case.", example = "servicenow") String system,

        @NotNull @Schema(required = true, description = "The kind of record.", example = "PROBLEM") ItsmType type,

        @NotBlank @Size(max = 100) @Pattern(regexp = ItsmRecordKey.ID, message = "must be letters, digits, '.', '-' or '_', e.g. PRB0040001")
        @Schema(required = true, description = "The record's number or key in that tool.", example = "PRB0040001") String id,

        @Size(max = 2000) @URL(regexp = "^https?://.*", message = "must be an http or https URL")
        @Schema(description = "Where a person opens the record (http or https).",
                example = "https://example.service-now.com/problem.do?sys_id=9d3a") String url,

        @Size(max = 300) @Schema(description = "The record's short description.",
                example = "E-mail relay drops messages under load") String title) {

    public ItsmLinks.Given given() {
        return new ItsmLinks.Given(new ItsmRecordKey(system, type, id), url, title == null ? null : title.strip());
    }
}
