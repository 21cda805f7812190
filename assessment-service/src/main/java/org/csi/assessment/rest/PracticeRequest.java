package org.csi.assessment.rest;

import java.util.List;

import org.csi.assessment.domain.Formality;
import org.csi.assessment.service.RecordPractice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A practice as it is actually done. */
@Schema(name = "PracticeRequest", description = "A practice really in use in a process, formal or not.")
public record PracticeRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Incident Management") String process,
        @Size(max = 200) @Schema(description = "Leave out when the practice applies to every service.", example = "email")
        String service,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Major incident call") String name,
        @NotNull @Schema(required = true, example = "INFORMAL") Formality formality,
        @NotNull @Schema(required = true, example = "false") Boolean documented,
        @Size(max = 200) @Schema(example = "service.desk.lead@example.com") String owner,
        @Size(max = 50) @Schema(example = "[\"ServiceNow\", \"Teams\"]") List<@NotBlank @Size(max = 200) String> tools,
        @Size(max = 10000) @Schema(example = "Called by whoever notices first; no fixed roles.") String notes) {

    RecordPractice command() {
        return new RecordPractice(process, service, name, formality, documented, owner, tools, notes);
    }
}
