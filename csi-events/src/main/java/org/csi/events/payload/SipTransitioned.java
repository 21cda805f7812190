package org.csi.events.payload;

import java.time.Instant;
import java.util.UUID;

/** A SIP changed state: payload of csi.sip.approved, csi.sip.completed and csi.sip.cancelled. */
public record SipTransitioned(
        UUID sipId,
        String title,
        UUID initiativeId,
        UUID objectiveId,
        String service,
        String kpiKey,
        String priority,
        String owner,
        String previousStatus,
        String status,
        String by,
        Instant at,
        String note,
        String onBehalfOf,
        // value (issue 17): what the KPI was to move, the typed benefits expected and realised, cost and effort
        java.math.BigDecimal baselineValue,
        java.math.BigDecimal targetValue,
        String direction,
        Instant approvedAt,
        java.util.List<Benefit> expectedBenefits,
        java.util.List<Benefit> realisedBenefits,
        java.math.BigDecimal costAmount,
        String costCurrency,
        java.math.BigDecimal effortPersonDays,
        // ITSM records the SIP refers to (issue 17)
        java.util.List<ItsmReference> references) {

    /** The fields before the ITSM references were added; references stay null. */
    public SipTransitioned(UUID sipId, String title, UUID initiativeId, UUID objectiveId, String service,
            String kpiKey, String priority, String owner, String previousStatus, String status, String by, Instant at,
            String note, String onBehalfOf, java.math.BigDecimal baselineValue, java.math.BigDecimal targetValue,
            String direction, Instant approvedAt, java.util.List<Benefit> expectedBenefits,
            java.util.List<Benefit> realisedBenefits, java.math.BigDecimal costAmount, String costCurrency,
            java.math.BigDecimal effortPersonDays) {
        this(sipId, title, initiativeId, objectiveId, service, kpiKey, priority, owner, previousStatus, status, by,
                at, note, onBehalfOf, baselineValue, targetValue, direction, approvedAt, expectedBenefits,
                realisedBenefits, costAmount, costCurrency, effortPersonDays, null);
    }

    /** The fields before the value fields were added; the new fields stay null. */
    public SipTransitioned(UUID sipId, String title, UUID initiativeId, UUID objectiveId, String service,
            String kpiKey, String priority, String owner, String previousStatus, String status, String by, Instant at,
            String note, String onBehalfOf) {
        this(sipId, title, initiativeId, objectiveId, service, kpiKey, priority, owner, previousStatus, status, by,
                at, note, onBehalfOf, null, null, null, null, null, null, null, null, null, null);
    }

    /** The fields before the actor was added (for code written against them); the new fields stay null. */
    public SipTransitioned(UUID sipId, String title, UUID initiativeId, UUID objectiveId, String service,
            String kpiKey, String priority, String owner, String previousStatus, String status, String by, Instant at,
            String note) {
        this(sipId, title, initiativeId, objectiveId, service, kpiKey, priority, owner, previousStatus, status, by,
                at, note, null);
    }

    /** The SIP the move concerns, as it stands after the move. */
    public record Subject(UUID sipId, String title, UUID initiativeId, UUID objectiveId, String service, String kpiKey,
            String priority, String owner) {
    }

    /** The move: from which status to which, by whom (and on whose behalf), when and why. */
    public record Move(String previousStatus, String status, String by, String onBehalfOf, Instant at, String note) {
    }

    /**
     * The value of the SIP: the KPI's baseline, target and direction, when it was approved (work began), the typed
     * benefits expected and (on completion) realised, its cost and effort.
     */
    public record Value(java.math.BigDecimal baselineValue, java.math.BigDecimal targetValue, String direction,
            Instant approvedAt, java.util.List<Benefit> expectedBenefits, java.util.List<Benefit> realisedBenefits,
            java.math.BigDecimal costAmount, String costCurrency, java.math.BigDecimal effortPersonDays) {
    }

    /** The payload with its value part and the SIP's ITSM references. */
    public static SipTransitioned of(Subject sip, Move move, Value value, java.util.List<ItsmReference> references) {
        return new SipTransitioned(sip.sipId(), sip.title(), sip.initiativeId(), sip.objectiveId(), sip.service(),
                sip.kpiKey(), sip.priority(), sip.owner(), move.previousStatus(), move.status(), move.by(), move.at(),
                move.note(), move.onBehalfOf(), value.baselineValue(), value.targetValue(), value.direction(),
                value.approvedAt(), value.expectedBenefits(), value.realisedBenefits(), value.costAmount(),
                value.costCurrency(), value.effortPersonDays(), references);
    }

    /** The payload with its value part (references null). */
    public static SipTransitioned of(Subject sip, Move move, Value value) {
        return of(sip, move, value, null);
    }

    /** The payload from its two parts, in place of the 14-argument constructor (same fields, same JSON). */
    public static SipTransitioned of(Subject sip, Move move) {
        return new SipTransitioned(sip.sipId(), sip.title(), sip.initiativeId(), sip.objectiveId(), sip.service(),
                sip.kpiKey(), sip.priority(), sip.owner(), move.previousStatus(), move.status(), move.by(), move.at(),
                move.note(), move.onBehalfOf(), null, null, null, null, null, null, null, null, null, null);
    }
}
