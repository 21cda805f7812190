package org.csi.assessment.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Record a named baseline of a service as of a date (null: today, UTC).
 *
 * @param kpis the KPI values given by hand; null to take the latest measurement of every KPI of the service
 */
public record RecordBaseline(String name, String service, LocalDate asOf, List<GivenKpi> kpis) {

    /** A KPI value given by hand; it stands for the baseline's moment. */
    public record GivenKpi(String kpiKey, BigDecimal value, String unit) {
    }
}
