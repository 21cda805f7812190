package org.csi.initiative.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.platform.domain.Direction;
import org.csi.initiative.domain.Horizon;
import org.csi.initiative.service.SetObjective;
import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLinks;
import org.csi.platform.rest.ItsmReferenceRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Where do we want to be? A measurable target for one KPI of one service. */
@Schema(name = "ObjectiveRequest", description = "A measurable objective of the initiative's current cycle.")
public record ObjectiveRequest(
        @NotBlank @Size(max = 200)
        @Schema(required = true, description = "What is to be achieved, in words.", example = "Restore e-mail incidents within 4 hours")
        String name,

        @NotBlank @Size(max = 200) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "must be a KPI key such as incident.mttr.hours")
        @Schema(required = true, description = "The KPI measured; matches csi.measurement.recorded kpiKey.", example = "incident.mttr.hours")
        String kpiKey,

        @NotBlank @Size(max = 200)
        @Schema(required = true, description = "The service the KPI is measured for.", example = "email")
        String service,

        @Size(max = 50) @Schema(description = "Unit of the values.", example = "hours") String unit,

        @Digits(integer = 12, fraction = 6)
        @Schema(description = "Where the KPI stands now; the target must improve on it in the objective's direction.", example = "8")
        BigDecimal baselineValue,

        @NotNull @Digits(integer = 12, fraction = 6)
        @Schema(required = true, description = "The value to reach.", example = "4") BigDecimal targetValue,

        @NotNull
        @Schema(required = true, description = "Which way the KPI improves.", example = "LOWER_IS_BETTER") Direction direction,

        @PositiveOrZero @Digits(integer = 12, fraction = 6)
        @Schema(description = "How far the actual value may miss the target and still count as achieved; 0 when left out.", example = "0.5")
        BigDecimal tolerance,

        @NotNull
        @Schema(required = true, description = "Short-term or long-term target.", example = "SHORT_TERM") Horizon horizon,

        @FutureOrPresent
        @Schema(description = "When the target should be reached; today or later.", example = "2030-06-30") LocalDate dueDate,

        @Size(max = ItsmLinks.MAX) @Schema(description = "Records in ITSM tools the objective refers to, at most 50, each record once.")
        List<@Valid @NotNull ItsmReferenceRequest> references,

        @Valid
        @Schema(description = "How a slide back after success is judged (regression watch); the service's defaults "
                + "when left out.")
        RegressionWatchRequest regressionWatch) {

    /** The regression watch settings of an objective; each left out takes the service's default. */
    @Schema(name = "RegressionWatchRequest", description = "Once the objective is achieved or a SIP for it completed, "
            + "its KPI stays watched: so many values in a row outside the tolerance, or every value outside for the "
            + "window, is a regression (csi.target.regressed).")
    public record RegressionWatchRequest(
            @Min(1) @Max(100)
            @Schema(description = "Values in a row outside the tolerance that make a regression; default 3.",
                    example = "3") Integer consecutiveValues,
            @Size(max = 20) @Pattern(regexp = "P[0-9A-Z.]+", message = "must be an ISO-8601 duration such as P14D")
            @Schema(description = "ISO-8601 duration, above zero and at most P366D: outside the tolerance for this "
                    + "long (from the first value outside to the latest) is a regression too; none by default.",
                    example = "P14D") String window) {
    }

    SetObjective command(UUID initiativeId, Actor by) {
        return new SetObjective(initiativeId, name, kpiKey, service, unit, baselineValue, targetValue, direction,
                tolerance, horizon, dueDate,
                references == null ? null : references.stream().map(ItsmReferenceRequest::given).toList(), by,
                regressionWatch == null ? null : regressionWatch.consecutiveValues(),
                regressionWatch == null ? null : regressionWatch.window());
    }
}
