package org.csi.sip.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.platform.rest.ItsmReferenceResponse;
import org.csi.sip.domain.ActionStatus;
import org.csi.platform.domain.Direction;
import org.csi.sip.domain.FocusArea;
import org.csi.sip.domain.GapKind;
import org.csi.sip.domain.Origin;
import org.csi.sip.domain.Priority;
import org.csi.sip.domain.Sip;
import org.csi.sip.domain.SipAction;
import org.csi.sip.domain.SipOccurrence;
import org.csi.sip.domain.SipStatus;
import org.csi.sip.domain.SipTransition;
import org.csi.platform.domain.ImprovementScore;
import org.csi.platform.rest.ScoreResponse;
import org.csi.platform.value.BenefitValue;
import org.csi.platform.value.MoneyValue;
import org.csi.platform.value.Roi;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Sip", description = "A Service Improvement Plan as stored, with its actions, the triggers it answers "
        + "(occurrences) and its history of transitions; version is also sent as the ETag.")
public record SipResponse(
        @Schema(example = "0b7d3c2a-6e1f-4a8b-9c0d-2e3f4a5b6c7d") UUID id,
        @Schema(example = "Restore e-mail incidents within 4 hours: target missed on email") String title,
        @Schema(description = "Background and scope.") String description,
        @Schema(description = "What made the SIP.", example = "TARGET_MISSED") Origin origin,
        @Schema(description = "ce_id of the event it was drafted from; null for MANUAL.") UUID originEventId,
        @Schema(description = "Kind of gap it meets.", example = "KPI") GapKind gapKind,
        @Schema(example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c4e10") UUID initiativeId,
        @Schema(example = "Stabilise Service Operation for E-Mail") String initiativeTitle,
        @Schema(example = "1") Integer cycle,
        @Schema(example = "8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61") UUID objectiveId,
        @Schema(example = "[\"SERVICE_QUALITY\"]") List<FocusArea> focusAreas,
        @Schema(example = "email") String service,
        @Schema(example = "Incident Management") String process,
        @Schema(example = "incident.mttr.hours") String kpiKey,
        @Schema(example = "responsiveness") String dimension,
        @Schema(example = "hours") String unit,
        @Schema(example = "8") BigDecimal baselineValue,
        @Schema(example = "4") BigDecimal targetValue,
        @Schema(example = "6.5") BigDecimal actualValue,
        @Schema(description = "How far the actual value is from the target.", example = "2.5") BigDecimal gapSize,
        @Schema(example = "LOWER_IS_BETTER") Direction direction,
        @Schema(example = "maria.keller@example.com") String owner,
        @Schema(example = "CRITICAL") Priority priority,
        @Schema(description = "What the plan will achieve.") String expectedBenefit,
        @Schema(example = "2026-12-25") LocalDate targetCompletionDate,
        @Schema(example = "DRAFT") SipStatus status,
        @Schema(description = "Who approved it: the caller who approved.", example = "cio@example.com") String approvedBy,
        @Schema(description = "Set when a csi-admin approved on behalf of someone: that person.",
                example = "cio@example.com") String approvedOnBehalfOf,
        @Schema(description = "Who raised it: the caller for a MANUAL SIP, sip-service for drafted ones.",
                example = "maria.keller@example.com") String createdBy,
        @Schema(description = "Set when a csi-admin raised it on behalf of someone: that person.",
                example = "maria.keller@example.com") String createdOnBehalfOf,
        @Schema(description = "What the completed plan achieved.") String resultNote,
        @Schema(description = "Share of the actions done (dropped ones not counted), 0..1; null without actions.",
                example = "0.5") BigDecimal progress,
        @Schema(description = "Open and past its target completion date or with an overdue action.") boolean overdue,
        @Schema(description = "Ids of the open actions past their due date.") List<UUID> overdueActionIds,
        List<Action> actions,
        List<Occurrence> occurrences,
        List<Transition> transitions,
        @Schema(example = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Records in ITSM tools the plan refers to.") List<ItsmReferenceResponse> references,
        @Schema(description = "Benefit rating 1..5; null: not rated.", example = "4") Integer benefitRating,
        @Schema(description = "Effort rating 1..5; null: not rated.", example = "2") Integer effortRating,
        @Schema(description = "Risk rating 1..5; null: not rated.", example = "2") Integer riskRating,
        @Schema(description = "Where the SIP ranks in the register, and why.") ScoreResponse score,
        @Schema(description = "For a REGRESSION SIP: the objective's earlier SIP, whose success slid back; null otherwise.",
                example = "4b2d6f8a-1c3e-4a5b-9d7f-2e4c6a8b0d1f") UUID previousSipId,
        // value (issue 17)
        @Schema(description = "What the plan is expected to bring, as typed values.") List<BenefitValue> expectedBenefits,
        @Schema(description = "What the plan costs.") MoneyValue cost,
        @Schema(description = "The effort in person-days.", example = "25") BigDecimal effortPersonDays,
        @Schema(description = "What the completed plan brought, as recorded at completion.")
        List<BenefitValue> realisedBenefits,
        @Schema(description = "Expected money per year in the cost's currency divided by the cost; null without both.",
                example = "3") BigDecimal expectedRoi,
        @Schema(description = "Realised money per year in the cost's currency divided by the cost; null without both.",
                example = "2.25") BigDecimal realisedRoi) {

    @Schema(name = "SipAction", description = "One action of a SIP; its version is its ETag for updates.")
    public record Action(
            @Schema(example = "1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6") UUID id,
            @Schema(example = "Introduce a major-incident procedure for e-mail") String description,
            @Schema(example = "servicedesk@example.com") String owner,
            @Schema(example = "2026-12-25") LocalDate dueDate,
            @Schema(example = "OPEN") ActionStatus status,
            @Schema(description = "What was done or why it was dropped.") String note,
            @Schema(description = "Open and past its due date.") boolean overdue,
            @Schema(example = "0") long version,
            @Schema(description = "Records in ITSM tools the action refers to; a change raised for it is linked back "
                    + "here (type CHANGE).") List<ItsmReferenceResponse> references,
            @Schema(description = "The latest change requested for the action; null before the first.")
            ChangeRequest changeRequest) {

        static Action of(SipAction a, LocalDate today) {
            return new Action(a.id, a.description, a.owner, a.dueDate, a.status, a.note, a.isOverdue(today), a.version,
                    ItsmReferenceResponse.of(a.references), ChangeRequest.of(a));
        }
    }

    @Schema(name = "ChangeRequest", description = "A change asked for an action (csi.change.requested): PENDING until "
            + "an ITSM tool links the change back as a CHANGE reference of the action, then LINKED.")
    public record ChangeRequest(
            @Schema(description = "The request; requestId of the event.", example = "2e4a6c8e-0a2c-4e6a-8c0e-2a4c6e8a0c2e")
            UUID requestId,
            @Schema(description = "PENDING or LINKED.", example = "PENDING", enumeration = { "PENDING", "LINKED" })
            String status,
            @Schema(description = "Who asked for it: the caller.", example = "maria.keller@example.com") String requestedBy,
            @Schema(description = "Set when a csi-admin asked on behalf of someone: that person.",
                    example = "maria.keller@example.com") String onBehalfOf,
            @Schema(description = "When.", example = "2030-04-02T10:15:00Z") Instant requestedAt,
            @Schema(description = "What the requester added.", example = "Standard change template should fit") String note,
            @Schema(description = "The change linked back, once LINKED.") ItsmReferenceResponse change) {

        static ChangeRequest of(SipAction a) {
            if (a.changeRequestedAt == null) {
                return null;
            }
            ItsmReferenceResponse change = a.requestedChange().map(ItsmReferenceResponse::of).orElse(null);
            return new ChangeRequest(a.changeRequestId, change == null ? "PENDING" : "LINKED", a.changeRequestedBy,
                    a.changeRequestedOnBehalfOf, a.changeRequestedAt, a.changeRequestNote, change);
        }
    }

    @Schema(name = "SipOccurrence", description = "A trigger the SIP answers: the one it was drafted from or a later "
            + "miss of the same objective.")
    public record Occurrence(
            @Schema(example = "TARGET_MISSED") Origin kind,
            @Schema(description = "ce_id of the event.") UUID originEventId,
            UUID objectiveId,
            UUID checkpointId,
            UUID gapId,
            @Schema(example = "6.5") BigDecimal actualValue,
            @Schema(example = "4") BigDecimal targetValue,
            @Schema(example = "2.5") BigDecimal gapSize,
            @Schema(description = "When the miss or gap was observed.") Instant observedAt,
            @Schema(description = "When sip-service recorded it.") Instant recordedAt,
            @Schema(description = "For a REGRESSION: which regression of the objective's watch (1, 2, ...).",
                    example = "1") Integer regression) {

        static Occurrence of(SipOccurrence o) {
            return new Occurrence(o.kind, o.originEventId, o.objectiveId, o.checkpointId, o.gapId, o.actualValue,
                    o.targetValue, o.gapSize, o.observedAt, o.recordedAt, o.regression);
        }
    }

    @Schema(name = "SipTransition", description = "Who moved the SIP from which status to which, and when.")
    public record Transition(
            @Schema(example = "SUBMITTED") SipStatus from,
            @Schema(example = "APPROVED") SipStatus to,
            @Schema(description = "The caller who made the move (sip-service for drafts from events).",
                    example = "cio@example.com") String by,
            @Schema(description = "Set when a csi-admin made the move on behalf of someone: that person.",
                    example = "cio@example.com") String onBehalfOf,
            Instant at,
            @Schema(example = "Approved with budget line 42") String note) {

        static Transition of(SipTransition t) {
            return new Transition(t.fromStatus, t.toStatus, t.byWhom, t.onBehalfOf, t.at, t.note);
        }
    }

    public static SipResponse of(Sip s, LocalDate today, ImprovementScore score) {
        return new SipResponse(s.id, s.title, s.description, s.origin, s.originEventId, s.gapKind, s.initiativeId,
                s.initiativeTitle, s.cycle, s.objectiveId, List.copyOf(s.focusAreas), s.service, s.process, s.kpiKey,
                s.dimension, s.unit, s.baselineValue, s.targetValue, s.actualValue, s.gapSize, s.direction, s.owner,
                s.priority, s.expectedBenefit, s.targetCompletionDate, s.status, s.approvedBy, s.approvedOnBehalfOf,
                s.createdBy, s.createdOnBehalfOf, s.resultNote,
                s.progress(), s.isOverdue(today), s.overdueActions(today).stream().map(a -> a.id).toList(),
                s.actions.stream().map(a -> Action.of(a, today)).toList(),
                s.occurrences.stream().map(Occurrence::of).toList(),
                s.transitions.stream().map(Transition::of).toList(),
                s.version, s.createdAt, s.updatedAt, ItsmReferenceResponse.of(s.references),
                s.benefitRating, s.effortRating, s.riskRating, ScoreResponse.of(score), s.previousSipId,
                s.expectedBenefits, s.costAmount == null ? null : new MoneyValue(s.costAmount, s.costCurrency),
                s.effortPersonDays, s.realisedBenefits,
                Roi.perYear(s.expectedBenefits, s.costAmount, s.costCurrency),
                Roi.perYear(s.realisedBenefits, s.costAmount, s.costCurrency));
    }
}
