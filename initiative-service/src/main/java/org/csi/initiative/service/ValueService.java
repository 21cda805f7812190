package org.csi.initiative.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.InitiativeStatus;
import org.csi.initiative.domain.SipProjection;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.value.BenefitKind;
import org.csi.platform.value.BenefitValue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Value (issue 17): what initiatives and their SIPs were expected to bring against what the SIPs realised, totalled per
 * kind and currency (money in different currencies is never added together). An initiative's own expected benefits
 * and its SIPs' expected benefits are totalled apart: the initiative's are usually the sum of its SIPs', told top-down.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ValueService {

    /** One line of totals: a kind (and currency for money). */
    public record Line(BenefitKind kind, String currency, BigDecimal initiativeExpected, BigDecimal sipExpected,
            BigDecimal sipRealised) {
    }

    /** The value of one initiative: its own expected benefits, its SIPs (from the projection) and the totals. */
    public record InitiativeValue(Initiative initiative, List<SipProjection> sips, List<Line> totals) {
    }

    /** The register's totals: over the initiatives (of a status, when given) and their SIPs. */
    public record RegisterValue(int initiatives, int sips, int completedSips, BigDecimal meanEffectiveness,
            List<Line> totals) {
    }

    public InitiativeValue of(UUID initiativeId) {
        Initiative initiative = Initiative.<Initiative>findByIdOptional(initiativeId)
                .orElseThrow(() -> new NotFoundException("Initiative", initiativeId));
        List<SipProjection> sips = SipProjection.ofInitiative(initiativeId);
        Totals totals = new Totals();
        totals.add(initiative, sips);
        return new InitiativeValue(initiative, sips, totals.lines());
    }

    public RegisterValue register(InitiativeStatus status) {
        List<Initiative> initiatives = status == null ? Initiative.listAll() : Initiative.list("status", status);
        Map<UUID, List<SipProjection>> sipsByInitiative = new java.util.HashMap<>();
        for (SipProjection sip : SipProjection.<SipProjection>list("initiativeId is not null")) {
            sipsByInitiative.computeIfAbsent(sip.initiativeId, id -> new ArrayList<>()).add(sip);
        }
        Totals totals = new Totals();
        int sips = 0;
        int completed = 0;
        BigDecimal effectiveness = BigDecimal.ZERO;
        int measured = 0;
        for (Initiative initiative : initiatives) {
            List<SipProjection> ofInitiative = sipsByInitiative.getOrDefault(initiative.id, List.of());
            totals.add(initiative, ofInitiative);
            sips += ofInitiative.size();
            for (SipProjection sip : ofInitiative) {
                completed += "COMPLETED".equals(sip.status) ? 1 : 0;
                if (sip.effectiveness != null) {
                    effectiveness = effectiveness.add(sip.effectiveness);
                    measured++;
                }
            }
        }
        return new RegisterValue(initiatives.size(), sips, completed,
                measured == 0 ? null : effectiveness.divide(BigDecimal.valueOf(measured), 4,
                        java.math.RoundingMode.HALF_UP),
                totals.lines());
    }

    /** Sums per kind and currency; a cancelled SIP's expectations no longer count. */
    private static final class Totals {
        private final Map<String, BigDecimal[]> sums = new TreeMap<>();
        private final Map<String, BenefitValue> keys = new TreeMap<>();

        void add(Initiative initiative, List<SipProjection> sips) {
            add(initiative.expectedBenefits, 0);
            for (SipProjection sip : sips) {
                if (!"CANCELLED".equals(sip.status)) {
                    add(sip.expectedBenefits, 1);
                }
                add(sip.realisedBenefits, 2);
            }
        }

        private void add(List<BenefitValue> benefits, int column) {
            if (benefits == null) {
                return;
            }
            for (BenefitValue b : benefits) {
                String key = b.kind().ordinal() + ":" + Objects.toString(b.currency(), "");
                keys.putIfAbsent(key, b);
                BigDecimal[] row = sums.computeIfAbsent(key,
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                row[column] = row[column].add(b.amount());
            }
        }

        List<Line> lines() {
            List<Line> lines = new ArrayList<>();
            sums.forEach((key, row) -> lines.add(new Line(keys.get(key).kind(), keys.get(key).currency(), row[0],
                    row[1], row[2])));
            return lines;
        }
    }
}
