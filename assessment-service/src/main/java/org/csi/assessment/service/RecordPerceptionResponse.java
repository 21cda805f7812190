package org.csi.assessment.service;

import java.time.LocalDate;
import java.util.Map;

import org.csi.assessment.domain.PerceptionResponse;
import org.csi.assessment.domain.RespondentType;
import org.csi.assessment.domain.ServqualDimension;
import org.csi.platform.identity.Actor;

/**
 * Record a SERVQUAL response about a service.
 *
 * @param respondent the survey's label of who answered (data, not an actor)
 * @param importance CUSTOMER only: importance points per dimension; null or empty when not weighed
 * @param by         who entered the response (the caller)
 */
public record RecordPerceptionResponse(String service, RespondentType respondentType, String respondent,
        LocalDate surveyedOn, Map<ServqualDimension, PerceptionResponse.Rating> ratings,
        Map<ServqualDimension, Integer> importance, Actor by) {
}
