package org.csi.assessment.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.csi.assessment.domain.PerceptionResponse;
import org.csi.assessment.domain.RespondentType;
import org.csi.assessment.domain.ServqualDimension;
import org.csi.assessment.service.RecordPerceptionResponse;
import org.csi.platform.identity.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** One SERVQUAL survey response. */
@Schema(name = "PerceptionResponseRequest", description = "A SERVQUAL response about a service. CUSTOMER: expectation and "
        + "perception (1-7) per dimension, optional importance points per dimension. PROVIDER (management): expectation = "
        + "what management believes customers expect, specification = how well the service specification meets it.")
public record PerceptionResponseRequest(
        @NotNull @Schema(required = true, example = "CUSTOMER") RespondentType respondentType,
        @Size(max = 200) @Schema(description = "The survey's label of who answered (a person, a panel); may be left "
                + "out for anonymous surveys. Not an actor: who entered the response is the caller (recordedBy).",
                example = "customer-panel-17") String respondent,
        @PastOrPresent @Schema(description = "Survey date; today when left out.", example = "2026-11-20") LocalDate surveyedOn,
        @NotEmpty @Schema(required = true, description = "Ratings per dimension: TANGIBLES, RELIABILITY, RESPONSIVENESS, "
                + "ASSURANCE, EMPATHY.", example = "{\"RELIABILITY\": {\"expectation\": 7, \"perception\": 4}}")
        Map<ServqualDimension, @Valid @NotNull Rating> ratings,
        @Schema(description = "CUSTOMER only: importance points per dimension (e.g. 100 points spread over the five).",
                example = "{\"RELIABILITY\": 40, \"RESPONSIVENESS\": 20, \"TANGIBLES\": 10, \"ASSURANCE\": 20, \"EMPATHY\": 10}")
        Map<ServqualDimension, @NotNull @Min(0) @Max(100) Integer> importance) {

    RecordPerceptionResponse command(String service, Actor by) {
        Map<ServqualDimension, PerceptionResponse.Rating> rated = new LinkedHashMap<>(); // in the order sent
        ratings.forEach((dimension, r) -> rated.put(dimension,
                new PerceptionResponse.Rating(r.expectation(), r.perception(), r.specification())));
        return new RecordPerceptionResponse(service, respondentType, respondent, surveyedOn, rated, importance, by);
    }

    @Schema(name = "ServqualRating")
    public record Rating(
            @Min(1) @Max(7) @Schema(description = "1-7; CUSTOMER: expected service; PROVIDER: management's view of what "
                    + "customers expect.", example = "7") Integer expectation,
            @Min(1) @Max(7) @Schema(description = "1-7; CUSTOMER only: the service as perceived.", example = "4")
            Integer perception,
            @Min(1) @Max(7) @Schema(description = "1-7; PROVIDER only: how well the service specification meets the "
                    + "expectations.", example = "5") Integer specification) {
    }
}
