package org.csi.assessment.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkMeasurementResult", description = "What a bulk import stored; duplicates were sent before (same "
        + "sourceSystem and sourceId) and are not stored again.")
public record BulkMeasurementResponse(
        @Schema(example = "1000") int received,
        @Schema(example = "998") int stored,
        @Schema(example = "2") int duplicates,
        @Schema(description = "One entry per measurement sent, in request order.") List<Item> items) {

    @Schema(name = "BulkMeasurementItem")
    public record Item(@Schema(example = "0") int index,
            @Schema(description = "The stored measurement (for a duplicate: the one stored before).") UUID measurementId,
            @Schema(example = "false") boolean duplicate) {
    }
}
