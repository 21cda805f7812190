package org.csi.assessment.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MaturityHistory", description = "The assessments of a process, oldest first, with the change of the "
        + "overall level against the previous assessment.")
public record MaturityHistoryResponse(
        @Schema(example = "Incident Management") String process,
        @Schema(description = "Only assessments of this service (and process-wide ones) when set.", example = "email")
        String service,
        List<Entry> assessments) {

    @Schema(name = "MaturityHistoryEntry")
    public record Entry(MaturityAssessmentResponse assessment,
            @Schema(description = "Overall level minus that of the previous assessment; null for the first.",
                    example = "1") Integer overallChange) {
    }
}
