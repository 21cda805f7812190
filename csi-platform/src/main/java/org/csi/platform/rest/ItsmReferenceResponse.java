package org.csi.platform.rest;

import java.time.Instant;
import java.util.List;

import org.csi.platform.itsm.ItsmLink;
import org.csi.platform.itsm.ItsmType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference to a record in an ITSM tool, as responses show it. */
@Schema(name = "ItsmReference", description = "A record in an ITSM tool this CSI record refers to, with who added "
        + "the reference and when; ref is the system:type:id form the ref filters take.")
public record ItsmReferenceResponse(
        @Schema(description = "The ITSM tool.", example = "servicenow") String system,
        @Schema(description = "The kind of record.", example = "PROBLEM") ItsmType type,
        @Schema(description = "The record's number or key in that tool.", example = "PRB0040001") String id,
        @Schema(description = "Where a person opens the record.",
                example = "https://example.service-now.com/problem.do?sys_id=9d3a") String url,
        @Schema(description = "The record's short description.", example = "E-mail relay drops messages under load")
        String title,
        @Schema(description = "system:type:id, as the ref filters take it.", example = "servicenow:problem:PRB0040001")
        String ref,
        @Schema(description = "Who added the reference (the caller).", example = "servicenow-integration") String addedBy,
        @Schema(description = "When.", example = "2030-04-02T10:15:00Z") Instant addedAt) {

    public static ItsmReferenceResponse of(ItsmLink l) {
        return new ItsmReferenceResponse(l.system, l.type, l.recordId, l.url, l.title, l.key().toString(), l.addedBy,
                l.addedAt);
    }

    public static List<ItsmReferenceResponse> of(List<ItsmLink> links) {
        return links.stream().map(ItsmReferenceResponse::of).toList();
    }
}
