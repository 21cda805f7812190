package org.csi.sip.rest;

import java.util.List;

import org.csi.platform.value.BenefitValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Bodies of the lifecycle endpoints. Who acts is the authenticated caller (the token), never a field: the old actor
 * fields {@code by} and {@code approver} are refused with 400. A csi-admin acting for someone sends {@code onBehalfOf};
 * both names are recorded.
 */
public final class TransitionRequests {

    static final String ON_BEHALF_OF = "Only for csi-admin: the person the admin acts for. Both names are recorded "
            + "(by = the admin, onBehalfOf = this person). Other roles get 403.";

    private TransitionRequests() {
    }

    @Schema(name = "TransitionRequest", description = "Moves the SIP on (submit, start) as the caller, with an "
            + "optional note.")
    public record Transition(
            @Size(max = 4000) @Schema(description = "Optional note.", example = "Ready for the CAB") String note,
            @Size(max = 200) @Schema(description = ON_BEHALF_OF, example = "maria.keller@example.com")
            String onBehalfOf,
            @Schema(hidden = true) Object by) {
    }

    @Schema(name = "ApproveRequest", description = "Approval of a submitted SIP; the approver is the caller, who must "
            + "not be the submitter (four-eyes).")
    public record Approve(
            @Size(max = 4000) @Schema(description = "Optional note.", example = "Approved with budget line 42") String note,
            @Size(max = 200) @Schema(description = ON_BEHALF_OF, example = "cio@example.com") String onBehalfOf,
            @Schema(hidden = true) Object approver,
            @Schema(hidden = true) Object by) {
    }

    @Schema(name = "CompleteRequest", description = "Completion: every action DONE or DROPPED, and a result note.")
    public record Complete(
            @NotBlank @Size(max = 4000) @Schema(required = true, description = "What the plan achieved.",
                    example = "MTTR down to 3.8 hours over the last month") String resultNote,
            @Size(max = 200) @Schema(description = ON_BEHALF_OF, example = "maria.keller@example.com")
            String onBehalfOf,
            @Schema(hidden = true) Object by,
            // value (issue 17)
            @Size(max = org.csi.platform.value.BenefitValue.MAX) @Schema(description = "What the plan brought, as "
                    + "typed values (same kinds as the expected ones); assessment-service re-measures the KPI later.")
            List<@Valid @NotNull BenefitValue> realisedBenefits) {
    }

    @Schema(name = "CancelRequest", description = "Cancellation of an open SIP, with the reason.")
    public record Cancel(
            @NotBlank @Size(max = 4000) @Schema(required = true, description = "Why the SIP is cancelled.",
                    example = "Service retired") String reason,
            @Size(max = 200) @Schema(description = ON_BEHALF_OF, example = "maria.keller@example.com")
            String onBehalfOf,
            @Schema(hidden = true) Object by) {
    }
}
