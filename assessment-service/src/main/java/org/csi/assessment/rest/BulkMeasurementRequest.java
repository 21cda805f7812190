package org.csi.assessment.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** Many measurements at once, e.g. the nightly export of an ITSM tool. */
@Schema(name = "BulkMeasurementRequest", description = "Up to 5000 measurements (csi.assessment.measurements.bulk-max-items); "
        + "stored all or nothing.")
public record BulkMeasurementRequest(
        @NotEmpty @Schema(required = true, description = "The measurements; a bad one is named by its index.")
        List<@Valid @NotNull MeasurementRequest> measurements) {
}
