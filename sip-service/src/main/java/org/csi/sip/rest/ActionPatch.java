package org.csi.sip.rest;

import java.time.LocalDate;
import java.util.List;

import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.rest.ItsmReferenceRequest;

import org.csi.sip.domain.ActionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Changes to one action; fields left out stay as they are. */
@Schema(name = "ActionPatch", description = "Changes to an action (JSON merge: fields left out stay). DROPPED needs a note.")
public record ActionPatch(
        @Size(min = 1, max = 2000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @Schema(description = "What is to be done.", example = "Introduce a major-incident procedure") String description,

        @Size(min = 1, max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @Schema(description = "Who does it.", example = "servicedesk@example.com") String owner,

        @FutureOrPresent @Schema(description = "When it is due; today or later.", example = "2030-05-31")
        LocalDate dueDate,

        @Schema(description = "OPEN, DONE or DROPPED.", example = "DONE") ActionStatus status,

        @Size(max = 2000) @Schema(description = "What was done, or why the action was dropped.",
                example = "Procedure published in the service desk handbook") String note,

        @Size(max = ItsmLinks.MAX) @Schema(nullable = true, description = "Replaces the ITSM records the action refers "
                + "to (at most 50, each record once; [] removes them); left out or null, they stay.")
        List<@Valid @NotNull ItsmReferenceRequest> references) {

    /** The references to replace the action's with; null: they stay. */
    public List<ItsmLinks.Given> givenReferences() {
        return references == null ? null : references.stream().map(ItsmReferenceRequest::given).toList();
    }
}
