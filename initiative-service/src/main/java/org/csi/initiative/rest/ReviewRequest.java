package org.csi.initiative.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Size;

/** The people's side of "Did we get there?": the numbers come from the measurements, the reviewer from the token. */
@Schema(name = "ReviewRequest", description = "What went well and what went wrong; both optional.")
public record ReviewRequest(
        @Size(max = 4000)
        @Schema(description = "What went well.", example = "Availability is above target since the mail relay failover was automated.")
        String wentWell,

        @Size(max = 4000)
        @Schema(description = "What went wrong.", example = "Restoring still takes too long: half of the incidents wait for the second-level team.")
        String wentWrong,

        @Size(max = 200) @Schema(description = "Only for csi-admin: the person the admin reviews for. Both names are "
                + "recorded (reviewedBy = the admin, reviewedOnBehalfOf = this person). Other roles get 403. The "
                + "reviewer is the caller; a reviewedBy field is refused with 400.", example = "jane.doe@example.com")
        String onBehalfOf,

        @Schema(hidden = true) Object reviewedBy) {
}
