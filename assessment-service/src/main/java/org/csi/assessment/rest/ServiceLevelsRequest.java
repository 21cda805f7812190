package org.csi.assessment.rest;

import java.math.BigDecimal;
import java.util.List;

import org.csi.assessment.domain.CommitmentKind;
import org.csi.assessment.domain.ServiceLevel;
import org.csi.assessment.domain.ServqualDimension;
import org.csi.assessment.service.SetServiceLevels;
import org.csi.platform.domain.Direction;
import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.identity.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The levels of a service's specification or promise, replacing the earlier ones. */
@Schema(name = "ServiceLevelsRequest", description = "Levels of service per SERVQUAL dimension (1-7 rating scale) or "
        + "per KPI (in its unit). Specifications: what design committed to (gaps 2 and 3). Promises: what was "
        + "communicated to customers, the catalogue promise or published level (gap 4). Replaces the whole set; an "
        + "empty list removes every level.")
public record ServiceLevelsRequest(
        @NotNull(message = "is required (an empty list removes every level)") @Size(max = 50)
        @Schema(required = true, description = "At most 50 levels; each dimension and each KPI at most once.",
                example = "[{\"dimension\": \"RELIABILITY\", \"value\": 6, \"note\": \"Design: SLA 4.1\"}, "
                        + "{\"kpiKey\": \"incident.mttr.hours\", \"value\": 4, \"unit\": \"hours\", "
                        + "\"direction\": \"LOWER_IS_BETTER\", \"tolerance\": 0.5, \"note\": \"SLA 4.2\"}]")
        List<@Valid @NotNull Level> levels) {

    SetServiceLevels command(String service, CommitmentKind kind, String ifMatch, Actor by) {
        return new SetServiceLevels(service, kind, levels.stream().map(Level::level).toList(),
                ExpectedVersion.ifMatch(ifMatch), by);
    }

    @Schema(name = "ServiceLevel", description = "One level: either a dimension (value 1-7, higher is better, the "
            + "configured threshold is its tolerance) or a kpiKey (value in the KPI's unit, with direction and an "
            + "optional tolerance).")
    public record Level(
            @Schema(description = "A SERVQUAL dimension: TANGIBLES, RELIABILITY, RESPONSIVENESS, ASSURANCE, EMPATHY. "
                    + "Leave out for a KPI level.", example = "RELIABILITY") ServqualDimension dimension,
            @Size(max = 200) @Schema(description = "A KPI of the service, as measurements name it. Leave out for a "
                    + "dimension level.", example = "incident.mttr.hours") String kpiKey,
            @NotNull @Digits(integer = 12, fraction = 10) @Schema(required = true, description = "The level: 1-7 for "
                    + "a dimension, a value in the KPI's unit for a KPI.", example = "4") BigDecimal value,
            @Size(max = 50) @Schema(description = "KPI levels only: the unit of value.", example = "hours") String unit,
            @Schema(description = "KPI levels only (required there): which way is better.", example = "LOWER_IS_BETTER")
            Direction direction,
            @DecimalMin("0") @Digits(integer = 12, fraction = 10) @Schema(description = "KPI levels only: how far the "
                    + "delivered value may miss the level and still meet it; 0 when left out.", example = "0.5")
            BigDecimal tolerance,
            @Size(max = 1000) @Schema(description = "Where the level comes from: the SLA clause, the catalogue entry, "
                    + "the published wording.", example = "Service catalogue: incidents restored within 4 hours")
            String note) {

        ServiceLevel level() {
            return new ServiceLevel(dimension == null ? null : dimension.name(),
                    kpiKey == null || kpiKey.isBlank() ? kpiKey : kpiKey.strip(), value, blankToNull(unit), direction,
                    tolerance, blankToNull(note));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
