package org.csi.assessment.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.csi.assessment.service.RecordBaseline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Records a baseline of a service. */
@Schema(name = "BaselineRequest", description = "A named baseline of a service. Without kpis, the latest measurement of "
        + "every KPI of the service as of the end of asOf (UTC) is taken.")
public record BaselineRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "E-mail before CSI cycle 1") String name,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "email") String service,
        @PastOrPresent @Schema(description = "The date of the snapshot; today when left out.", example = "2026-11-20")
        LocalDate asOf,
        @Size(max = 500) @Schema(description = "KPI values given by hand; leave out to take the latest measurements.")
        List<@Valid @NotNull KpiValue> kpis) {

    RecordBaseline command() {
        return new RecordBaseline(name, service, asOf, kpis == null ? null
                : kpis.stream().map(k -> new RecordBaseline.GivenKpi(k.kpiKey(), k.value(), k.unit())).toList());
    }

    @Schema(name = "BaselineKpiValue")
    public record KpiValue(
            @NotBlank @Size(max = 200) @Schema(required = true, example = "incident.mttr.hours") String kpiKey,
            @NotNull @Digits(integer = 12, fraction = 10) @Schema(required = true, example = "8") BigDecimal value,
            @Size(max = 50) @Schema(example = "hours") String unit) {
    }
}
