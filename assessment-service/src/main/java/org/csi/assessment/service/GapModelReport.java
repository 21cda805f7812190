package org.csi.assessment.service;

import org.csi.assessment.domain.FiveGaps;
import org.csi.assessment.domain.ServiceCommitment;

/** The whole Service Gap model of a service with the commitments it was computed from (each may be null). */
public record GapModelReport(FiveGaps.Model model, ServiceCommitment specification, ServiceCommitment promise,
        int customerRespondents, int providerRespondents) {
}
