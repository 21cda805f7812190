package org.csi.assessment.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.csi.assessment.domain.Decimals;
import org.csi.assessment.domain.ServiceCommitment;
import org.csi.assessment.domain.ServqualDimension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceLevels", description = "The specification or promise of a service; the ETag header carries "
        + "version, to send in If-Match when replacing it.")
public record ServiceLevelsResponse(
        @Schema(example = "email") String service,
        @Schema(description = "SPECIFICATION (what design committed to) or PROMISE (what customers were told).",
                example = "SPECIFICATION") String kind,
        @Schema(description = "The levels, as they were set (one schema with the request's: ServiceLevel).")
        List<ServiceLevelsRequest.Level> levels,
        @Schema(example = "2") long version,
        @Schema(description = "The caller who last set the levels.", example = "service-owner@example.com")
        String updatedBy,
        @Schema(description = "Whom the caller acted for, if anyone; null when the caller acted for themselves.", nullable = true) String updatedOnBehalfOf,
        @Schema(example = "2026-11-20T09:30:00Z") Instant updatedAt) {

    public static ServiceLevelsResponse of(ServiceCommitment c) {
        return new ServiceLevelsResponse(c.service, c.kind.name(),
                c.levels.stream().map(l -> new ServiceLevelsRequest.Level(
                        l.dimension() == null ? null : ServqualDimension.valueOf(l.dimension()), l.kpiKey(),
                        Decimals.plain(l.value()), l.unit(), l.direction(), Decimals.plain(l.tolerance()), l.note()))
                        .toList(),
                c.version, c.updatedBy, c.updatedOnBehalfOf, c.updatedAt);
    }
}
