package org.csi.sip.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the lifecycle endpoints; each names who acts (authentication comes later). */
public final class TransitionRequests {

    private TransitionRequests() {
    }

    @Schema(name = "TransitionRequest", description = "Who moves the SIP on (submit, start), with an optional note.")
    public record Transition(
            @NotBlank @Size(max = 200) @Schema(required = true, description = "Who acts.",
                    example = "maria.keller@example.com") String by,
            @Size(max = 4000) @Schema(description = "Optional note.", example = "Ready for the CAB") String note) {
    }

    @Schema(name = "ApproveRequest", description = "Approval of a submitted SIP; the approver is required.")
    public record Approve(
            @NotBlank @Size(max = 200) @Schema(required = true, description = "Who approves.",
                    example = "cio@example.com") String approver,
            @Size(max = 4000) @Schema(description = "Optional note.", example = "Approved with budget line 42") String note) {
    }

    @Schema(name = "CompleteRequest", description = "Completion: every action DONE or DROPPED, and a result note.")
    public record Complete(
            @NotBlank @Size(max = 200) @Schema(required = true, description = "Who completes.",
                    example = "maria.keller@example.com") String by,
            @NotBlank @Size(max = 4000) @Schema(required = true, description = "What the plan achieved.",
                    example = "MTTR down to 3.8 hours over the last month") String resultNote) {
    }

    @Schema(name = "CancelRequest", description = "Cancellation of an open SIP, with the reason.")
    public record Cancel(
            @NotBlank @Size(max = 200) @Schema(required = true, description = "Who cancels.",
                    example = "maria.keller@example.com") String by,
            @NotBlank @Size(max = 4000) @Schema(required = true, description = "Why the SIP is cancelled.",
                    example = "Service retired") String reason) {
    }
}
