package org.csi.assessment.rest;

import java.math.BigDecimal;
import java.util.List;

import org.csi.assessment.domain.ServiceProfile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceProfile", description = "Portfolio view of a service: strengths, weaknesses, risks and priorities, "
        + "each naming the rule that put it there.")
public record ServiceProfileResponse(
        @Schema(example = "email") String service,
        List<Finding> strengths,
        List<Finding> weaknesses,
        List<Finding> risks,
        @Schema(description = "Open gaps, most severe first.") List<Finding> priorities) {

    @Schema(name = "ProfileFinding")
    public record Finding(
            @Schema(example = "MATURITY_DIMENSION_AT_OR_BELOW_1") String rule,
            @Schema(description = "What the finding is about: a process, KPI, SERVQUAL dimension or practice.",
                    example = "Incident Management") String subject,
            @Schema(example = "CULTURE is at level 1") String detail,
            @Schema(description = "Priorities only: relative size of the gap (0-1+), the ranking key.", example = "0.5")
            BigDecimal severity) {

        static List<Finding> of(List<ServiceProfile.Finding> findings) {
            return findings.stream().map(f -> new Finding(f.rule(), f.subject(), f.detail(), f.severity())).toList();
        }
    }

    public static ServiceProfileResponse of(ServiceProfile p) {
        return new ServiceProfileResponse(p.service(), Finding.of(p.strengths()), Finding.of(p.weaknesses()),
                Finding.of(p.risks()), Finding.of(p.priorities()));
    }
}
