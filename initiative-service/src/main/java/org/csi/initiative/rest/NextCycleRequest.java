package org.csi.initiative.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.initiative.service.StartNextCycle;
import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.identity.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** How do we keep the momentum going? Ends the current cycle and opens the next. */
@Schema(name = "NextCycleRequest", description = "Opens the next cycle. Objectives not achieved are carried over as they are; "
        + "achieved objectives listed in raisedTargets continue with a new target, the others end with the cycle.")
public record NextCycleRequest(
        @Size(max = 4000)
        @Schema(description = "The re-examined vision; the current one is kept when left out.",
                example = "E-mail incidents restored within 2 hours, and users are told before they notice.")
        String vision,

        @Size(max = 100)
        @Schema(description = "Achieved objectives that continue with a raised target.")
        List<@Valid @NotNull RaisedTarget> raisedTargets) {

    /** The body may be left out: then the vision stays and no target is raised. */
    static StartNextCycle command(NextCycleRequest body, UUID initiativeId, ExpectedVersion expected, Actor by) {
        NextCycleRequest request = body == null ? new NextCycleRequest(null, null) : body;
        return new StartNextCycle(initiativeId, expected, request.vision(), request.raisedTargets() == null ? null
                : request.raisedTargets().stream().map(RaisedTarget::raise).toList(), by);
    }

    @Schema(name = "RaisedTarget", description = "An achieved objective of the ending cycle, continued with a new target.")
    public record RaisedTarget(
            @NotNull @Schema(required = true, description = "The achieved objective.", example = "8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61")
            UUID objectiveId,

            @NotNull @Digits(integer = 12, fraction = 6)
            @Schema(required = true, description = "The new target; it must improve on the new baseline.", example = "2")
            BigDecimal targetValue,

            @Digits(integer = 12, fraction = 6)
            @Schema(description = "The new baseline; the value judged at the latest review when left out.", example = "3.5")
            BigDecimal baselineValue,

            @PositiveOrZero @Digits(integer = 12, fraction = 6)
            @Schema(description = "New tolerance; the old one when left out.", example = "0.25") BigDecimal tolerance,

            @FutureOrPresent @Schema(description = "New due date; the old one when left out.", example = "2030-12-31")
            LocalDate dueDate) {

        StartNextCycle.RaisedTarget raise() {
            return new StartNextCycle.RaisedTarget(objectiveId, targetValue, baselineValue, tolerance, dueDate);
        }
    }
}
