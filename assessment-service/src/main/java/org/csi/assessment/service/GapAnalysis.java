package org.csi.assessment.service;

import java.util.List;
import java.util.UUID;

import org.csi.assessment.domain.MaturityGap;
import org.csi.assessment.domain.ObjectiveGap;

/**
 * The gap analysis of an initiative: each of its objectives against the latest measurement, and each process in its
 * scope against its target maturity.
 *
 * @param focusAreas the initiative's, when its events were received (else empty)
 */
public record GapAnalysis(UUID initiativeId, List<String> focusAreas, List<ObjectiveGap> kpis,
        List<MaturityGap> maturity) {
}
