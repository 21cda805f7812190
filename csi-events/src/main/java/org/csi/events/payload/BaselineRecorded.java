package org.csi.events.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A named snapshot of where a service stands ("Where are we now?"). */
public record BaselineRecorded(
        UUID baselineId,
        String name,
        String service,
        LocalDate asOf,
        List<KpiValue> kpis,
        List<ProcessMaturity> maturity,
        int practiceCount) {

    public record KpiValue(String kpiKey, BigDecimal value, String unit, Instant measuredAt) {
    }

    public record ProcessMaturity(String process, int overallLevel, Integer targetLevel) {
    }
}
