package org.csi.assessment.domain;

import java.math.BigDecimal;

import org.csi.platform.domain.Direction;

/**
 * One committed level of a service: for a SERVQUAL {@code dimension} a level on the 1-7 rating scale (higher is
 * better), for a {@code kpiKey} a value in the KPI's unit with its direction and the tolerance within which the
 * delivered value still meets it. Exactly one of dimension and kpiKey is set.
 *
 * @param note where the level comes from: the SLA clause, the catalogue entry, the published wording
 */
public record ServiceLevel(String dimension, String kpiKey, BigDecimal value, String unit, Direction direction,
        BigDecimal tolerance, String note) {

    /** The dimension or KPI the level is about: the subject of the gaps it feeds. */
    public String subject() {
        return dimension != null ? dimension : kpiKey;
    }

    /** Not named isDimension: the record is stored as JSON, where a bean getter would become a field. */
    public boolean aboutDimension() {
        return dimension != null;
    }
}
