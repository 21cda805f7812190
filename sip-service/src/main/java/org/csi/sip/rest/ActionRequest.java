package org.csi.sip.rest;

import java.time.LocalDate;
import java.util.List;

import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.rest.ItsmReferenceRequest;
import org.csi.sip.domain.SipFactory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new action of a SIP. */
@Schema(name = "ActionRequest", description = "An action that helps close the gap; it starts OPEN.")
public record ActionRequest(
        @NotBlank @Size(max = 2000) @Schema(required = true, description = "What is to be done.",
                example = "Introduce a major-incident procedure for e-mail") String description,

        @Size(max = 200) @Schema(description = "Who does it; the SIP owner when left out.",
                example = "servicedesk@example.com") String owner,

        @FutureOrPresent @Schema(description = "When it is due; today or later.", example = "2030-05-31")
        LocalDate dueDate,

        @Size(max = ItsmLinks.MAX) @Schema(description = "Records in ITSM tools the action refers to (e.g. a known "
                + "error article), at most 50, each record once.") List<@Valid @NotNull ItsmReferenceRequest> references) {

    /** The ITSM records the action refers to, as the service takes them; null when none were given. */
    public List<ItsmLinks.Given> givenReferences() {
        return references == null ? null : references.stream().map(ItsmReferenceRequest::given).toList();
    }

    public SipFactory.PlannedAction planned() {
        return new SipFactory.PlannedAction(description, owner, dueDate);
    }
}
