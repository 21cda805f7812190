package org.csi.initiative.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.platform.domain.Direction;
import org.csi.platform.domain.KpiTarget;
import org.csi.initiative.domain.Horizon;
import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.SipProjection;
import org.csi.initiative.domain.ObjectiveStatus;
import org.csi.initiative.domain.RegressionWatch;
import org.csi.initiative.service.ObjectiveWithSips;
import org.csi.platform.rest.ItsmReferenceResponse;
import org.csi.initiative.service.RegressionSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Objective", description = "A measurable objective of one cycle, with where it stood at its latest review "
        + "and the Service Improvement Plans drafted for it.")
public record ObjectiveResponse(
        @Schema(description = "Objective id.", example = "8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61") UUID id,
        @Schema(description = "The initiative.", example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c4e10") UUID initiativeId,
        @Schema(description = "The cycle the objective belongs to.", example = "1") int cycle,
        @Schema(description = "What is to be achieved.", example = "Restore e-mail incidents within 4 hours") String name,
        @Schema(description = "The KPI measured.", example = "incident.mttr.hours") String kpiKey,
        @Schema(description = "The service measured.", example = "email") String service,
        @Schema(description = "Unit of the values.", example = "hours") String unit,
        @Schema(description = "Where the KPI stood when the objective was set.", example = "8") BigDecimal baselineValue,
        @Schema(description = "The value to reach.", example = "4") BigDecimal targetValue,
        @Schema(description = "Which way the KPI improves.", example = "LOWER_IS_BETTER") Direction direction,
        @Schema(description = "Allowed miss that still counts as achieved.", example = "0.5") BigDecimal tolerance,
        @Schema(description = "Short- or long-term target.", example = "SHORT_TERM") Horizon horizon,
        @Schema(description = "When the target should be reached.", example = "2030-06-30") LocalDate dueDate,
        @Schema(description = "The objective of the previous cycle this one continues; null for a new one.",
                example = "5b0c8f7e-3f7a-4c53-9d35-1a0c5e2b9f10") UUID carriedOverFrom,
        @Schema(description = "Result of the latest review; NOT_REVIEWED before the first.", example = "MISSED") ObjectiveStatus status,
        @Schema(description = "The value judged at the latest review.", example = "6.5") BigDecimal lastActualValue,
        @Schema(description = "When it was last reviewed.", example = "2030-04-30T14:00:00Z") Instant lastReviewedAt,
        @Schema(description = "Service Improvement Plans drafted for this objective, with their latest state.") List<SipOutcome> sips,
        @Schema(description = "When the objective was set.", example = "2030-03-01T09:00:00Z") Instant createdAt,
        @Schema(description = "Records in ITSM tools the objective refers to.") List<ItsmReferenceResponse> references,
        @Schema(description = "The regression watch: whether the KPI is watched after success, where the watch "
                + "stands and how a slide is judged.") Watch regressionWatch) {

    @Schema(name = "RegressionWatch", description = "The watch on the objective's KPI once it was achieved or a SIP "
            + "for it completed. NOT_WATCHED before that; AWAITING_TARGET when a SIP completed with the KPI still "
            + "outside the tolerance; WATCHING: each newer value is judged; REGRESSED: slid back (csi.target.regressed "
            + "emitted once), quiet until a value is inside again.")
    public record Watch(
            @Schema(description = "NOT_WATCHED, AWAITING_TARGET, WATCHING or REGRESSED.", example = "WATCHING") String state,
            @Schema(description = "Values in a row outside the tolerance that make a regression.", example = "3") int consecutiveValues,
            @Schema(description = "Outside the tolerance this long is a regression too (ISO-8601); null: no window.",
                    example = "P14D") String window,
            @Schema(description = "OBJECTIVE when the objective sets them, DEFAULT when the service's defaults apply.",
                    example = "DEFAULT") String settingsFrom,
            @Schema(description = "What started the watch: ACHIEVED (a review) or SIP_COMPLETED.", example = "ACHIEVED") String startedBy,
            @Schema(description = "When the watch started.", example = "2030-06-30T14:00:00Z") Instant watchedSince,
            @Schema(description = "The SIP whose completion started it.", example = "4b2d6f8a-1c3e-4a5b-9d7f-2e4c6a8b0d1f") UUID sipId,
            @Schema(description = "The latest value judged.", example = "4.2") BigDecimal lastValue,
            @Schema(description = "When it was measured.", example = "2030-08-18T08:00:00Z") Instant lastMeasuredAt,
            @Schema(description = "Values in a row outside the tolerance now.", example = "0") int valuesOutside,
            @Schema(description = "measuredAt of the first of them; null while inside.", example = "2030-08-04T08:00:00Z") Instant outsideSince,
            @Schema(description = "Regressions this watch has seen.", example = "1") int regressions,
            @Schema(description = "When the latest regression was judged.", example = "2030-08-18T08:00:03Z") Instant lastRegressedAt,
            @Schema(description = "How the latest regression was judged: CONSECUTIVE_VALUES or WINDOW.",
                    example = "CONSECUTIVE_VALUES") String judgedBy,
            @Schema(description = "When the KPI was last back inside after a regression.", example = "2030-09-01T08:00:00Z") Instant recoveredAt) {

        static Watch of(RegressionWatch w, RegressionSettings.Effective rule) {
            String from = rule.objectiveOwn() ? "OBJECTIVE" : "DEFAULT";
            if (w == null) {
                return new Watch("NOT_WATCHED", rule.consecutiveValues(), rule.windowText(), from, null, null, null,
                        null, null, 0, null, 0, null, null, null);
            }
            return new Watch(w.state.name(), rule.consecutiveValues(), rule.windowText(), from, w.startedBy.name(),
                    w.startedAt, w.sipId, w.lastValue, w.lastMeasuredAt, w.valuesOutside, w.outsideSince,
                    w.regressions, w.lastRegressedAt, w.judgedBy == null ? null : w.judgedBy.name(), w.recoveredAt);
        }
    }

    @Schema(name = "SipOutcome", description = "The latest known state of a SIP drafted for the objective (from sip-service events).")
    public record SipOutcome(
            @Schema(description = "SIP id.", example = "4b2d6f8a-1c3e-4a5b-9d7f-2e4c6a8b0d1f") UUID sipId,
            @Schema(description = "SIP title.", example = "Cut e-mail incident restore time") String title,
            @Schema(description = "SIP status: DRAFT, APPROVED, COMPLETED, CANCELLED, ...", example = "COMPLETED") String status,
            @Schema(description = "Who made the latest change.", example = "maria.keller@example.com") String changedBy,
            @Schema(description = "When.", example = "2030-06-01T10:00:00Z") Instant changedAt,
            @Schema(description = "Why, free text.", example = "Second-level on-call introduced") String note) {

        public static SipOutcome of(SipProjection sip) {
            return new SipOutcome(sip.sipId, sip.title, sip.status, sip.changedBy, sip.changedAt, sip.note);
        }
    }

    static ObjectiveResponse of(ObjectiveWithSips found) {
        Objective o = found.objective();
        KpiTarget target = o.target;
        return new ObjectiveResponse(o.id, o.initiativeId, o.cycle, o.name, target.kpiKey, target.service, o.unit,
                target.baselineValue, target.targetValue, target.direction, target.tolerance, o.horizon, o.dueDate,
                o.carriedOverFrom, o.status,
                o.lastActualValue, o.lastReviewedAt, found.sips().stream().map(SipOutcome::of).toList(), o.createdAt,
                ItsmReferenceResponse.of(o.references),
                Watch.of(found.watch(), found.regression()));
    }
}
