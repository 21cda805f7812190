package org.csi.initiative.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Size;

/** The people's side of "Did we get there?": the numbers come from the measurements. */
@Schema(name = "ReviewRequest", description = "What went well and what went wrong; both optional.")
public record ReviewRequest(
        @Size(max = 4000)
        @Schema(description = "What went well.", example = "Availability is above target since the mail relay failover was automated.")
        String wentWell,

        @Size(max = 4000)
        @Schema(description = "What went wrong.", example = "Restoring still takes too long: half of the incidents wait for the second-level team.")
        String wentWrong,

        @Size(max = 200) @Schema(description = "Who reviewed; recorded as reviewedBy.", example = "jane.doe@example.com")
        String reviewedBy) {
}
