package org.csi.assessment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.assessment.domain.Baseline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Baseline", description = "Where a service stood at a date: KPI values (source GIVEN or MEASURED), the "
        + "latest maturity of each process assessed for it, and its practice inventory.")
public record BaselineResponse(
        @Schema(example = "1b2c3d4e-8b4d-4c7a-9e21-5d0b7a9c4e10") UUID id,
        @Schema(example = "E-mail before CSI cycle 1") String name,
        @Schema(example = "email") String service,
        @Schema(example = "2026-11-20") LocalDate asOf,
        @Schema(description = "KPI values of the baseline.") List<Baseline.KpiValue> kpis,
        @Schema(description = "Latest maturity per process as of the date.") List<Baseline.ProcessMaturity> maturity,
        @Schema(description = "The practices as recorded at that time.") List<Baseline.PracticeSnapshot> practices,
        Instant createdAt) {

    public static BaselineResponse of(Baseline b) {
        return new BaselineResponse(b.id, b.name, b.service, b.asOf, b.kpis, b.maturity, b.practices, b.createdAt);
    }
}
