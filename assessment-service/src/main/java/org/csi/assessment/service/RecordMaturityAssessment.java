package org.csi.assessment.service;

import java.time.LocalDate;
import java.util.Map;

import org.csi.assessment.domain.AssessmentType;
import org.csi.assessment.domain.MaturityDimension;
import org.csi.assessment.domain.MaturityModel;
import org.csi.platform.identity.Actor;

/**
 * Record a maturity assessment of a process (of one service, or across services when service is null).
 *
 * @param by the assessor: the caller, or a csi-admin on behalf of the assessor
 */
public record RecordMaturityAssessment(String process, String service, MaturityModel model,
        AssessmentType assessmentType, LocalDate assessedOn, Map<MaturityDimension, Integer> levels,
        Integer targetLevel, String evidence, Actor by) {
}
