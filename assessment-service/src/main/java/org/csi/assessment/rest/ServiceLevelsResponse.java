package org.csi.assessment.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.csi.assessment.domain.Decimals;
import org.csi.assessment.domain.ServiceCommitment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceLevels", description = "The specification or promise of a service; the ETag header carries "
        + "version, to send in If-Match when replacing it.")
public record ServiceLevelsResponse(
        @Schema(example = "email") String service,
        @Schema(description = "SPECIFICATION (what design committed to) or PROMISE (what customers were told).",
                example = "SPECIFICATION") String kind,
        List<Level> levels,
        @Schema(example = "2") long version,
        @Schema(description = "The caller who last set the levels.", example = "service-owner@example.com")
        String updatedBy,
        @Schema(description = "Whom the caller acted for, if anyone.", example = "null") String updatedOnBehalfOf,
        @Schema(example = "2026-11-20T09:30:00Z") Instant updatedAt) {

    @Schema(name = "ServiceLevelView")
    public record Level(
            @Schema(description = "The SERVQUAL dimension; null for a KPI level.", example = "null") String dimension,
            @Schema(description = "The KPI; null for a dimension level.", example = "incident.mttr.hours") String kpiKey,
            @Schema(description = "1-7 for a dimension, in the KPI's unit for a KPI.", example = "4") BigDecimal value,
            @Schema(example = "hours") String unit,
            @Schema(description = "KPI levels only.", example = "LOWER_IS_BETTER") String direction,
            @Schema(description = "KPI levels only.", example = "0.5") BigDecimal tolerance,
            @Schema(example = "Service catalogue: incidents restored within 4 hours") String note) {
    }

    public static ServiceLevelsResponse of(ServiceCommitment c) {
        return new ServiceLevelsResponse(c.service, c.kind.name(),
                c.levels.stream().map(l -> new Level(l.dimension(), l.kpiKey(), Decimals.plain(l.value()), l.unit(),
                        l.direction() == null ? null : l.direction().name(), Decimals.plain(l.tolerance()), l.note()))
                        .toList(),
                c.version, c.updatedBy, c.updatedOnBehalfOf, c.updatedAt);
    }
}
