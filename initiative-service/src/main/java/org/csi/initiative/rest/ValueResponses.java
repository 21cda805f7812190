package org.csi.initiative.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.InitiativeOutcome;
import org.csi.initiative.domain.InitiativeStatus;
import org.csi.initiative.domain.OutcomeCategory;
import org.csi.initiative.domain.SipProjection;
import org.csi.initiative.service.ValueService;
import org.csi.platform.value.BenefitKind;
import org.csi.platform.value.BenefitValue;
import org.csi.platform.value.MoneyValue;
import org.csi.platform.value.Roi;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Value (issue 17): the bodies of the register's and one initiative's value. */
public final class ValueResponses {

    private ValueResponses() {
    }

    @Schema(name = "ValueTotal", description = "Totals of one kind of benefit (and currency, for money): what the "
            + "initiatives expected, what their SIPs expected (cancelled SIPs left out) and what completed SIPs realised.")
    public record Total(
            @Schema(example = "MONEY_PER_YEAR") BenefitKind kind,
            @Schema(description = "ISO 4217 code for MONEY_PER_YEAR, else null.", example = "EUR") String currency,
            @Schema(example = "250000") BigDecimal initiativeExpected,
            @Schema(example = "120000") BigDecimal sipExpected,
            @Schema(example = "90000") BigDecimal sipRealised) {

        static List<Total> of(List<ValueService.Line> lines) {
            return lines.stream().map(l -> new Total(l.kind(), l.currency(), l.initiativeExpected(), l.sipExpected(),
                    l.sipRealised())).toList();
        }
    }

    @Schema(name = "RegisterValue", description = "Expected against realised value over the register.")
    public record Register(
            @Schema(description = "Initiatives counted.", example = "12") int initiatives,
            @Schema(description = "Their SIPs known here (those drafted for an objective).", example = "30") int sips,
            @Schema(example = "9") int completedSips,
            @Schema(description = "Mean share of the KPI gap closed over the SIPs re-measured by assessment-service.",
                    example = "0.62") BigDecimal meanEffectiveness,
            List<Total> totals) {

        static Register of(ValueService.RegisterValue v) {
            return new Register(v.initiatives(), v.sips(), v.completedSips(), v.meanEffectiveness(),
                    Total.of(v.totals()));
        }
    }

    @Schema(name = "SipValue", description = "The value of one SIP as initiative-service knows it from the SIP events.")
    public record Sip(
            @Schema(example = "0b7d3c2a-6e1f-4a8b-9c0d-2e3f4a5b6c7d") UUID sipId,
            @Schema(example = "8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61") UUID objectiveId,
            @Schema(example = "Cut e-mail restore time") String title,
            @Schema(example = "COMPLETED") String status,
            List<BenefitValue> expectedBenefits,
            List<BenefitValue> realisedBenefits,
            MoneyValue cost,
            @Schema(example = "25") BigDecimal effortPersonDays,
            @Schema(description = "Expected money per year over the cost.", example = "3") BigDecimal expectedRoi,
            @Schema(description = "Realised money per year over the cost.", example = "2.25") BigDecimal realisedRoi,
            @Schema(description = "Share of the KPI gap closed as last re-measured (csi.benefit.measured).",
                    example = "0.75") BigDecimal effectiveness,
            Instant effectivenessMeasuredAt) {

        static Sip of(SipProjection s) {
            return new Sip(s.sipId, s.objectiveId, s.title, s.status, s.expectedBenefits, s.realisedBenefits,
                    s.costAmount == null ? null : new MoneyValue(s.costAmount, s.costCurrency), s.effortPersonDays,
                    Roi.perYear(s.expectedBenefits, s.costAmount, s.costCurrency),
                    Roi.perYear(s.realisedBenefits, s.costAmount, s.costCurrency), s.effectiveness,
                    s.effectivenessMeasuredAt);
        }
    }

    @Schema(name = "InitiativeValue", description = "Expected against realised value of one initiative and its SIPs.")
    public record Initiative(
            @Schema(example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c4e10") UUID initiativeId,
            @Schema(example = "Stabilise e-mail") String title,
            @Schema(example = "CLOSED") InitiativeStatus status,
            @Schema(example = "SUCCESSFUL") InitiativeOutcome outcome,
            @Schema(example = "TIME_SAVING") OutcomeCategory outcomeCategory,
            List<BenefitValue> expectedBenefits,
            List<Total> totals,
            List<Sip> sips) {

        static Initiative of(ValueService.InitiativeValue v) {
            var i = v.initiative();
            return new Initiative(i.id, i.title, i.status, i.outcome, i.outcomeCategory, i.expectedBenefits,
                    Total.of(v.totals()), v.sips().stream().map(Sip::of).toList());
        }
    }
}
