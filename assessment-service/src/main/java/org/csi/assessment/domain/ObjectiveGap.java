package org.csi.assessment.domain;

import java.time.Instant;

/** An objective against the latest measurement of its KPI, measured at {@code measuredAt} (null without one). */
public record ObjectiveGap(ObjectiveProjection objective, KpiGap gap, Instant measuredAt) {
}
