package org.csi.assessment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.csi.assessment.domain.PerceptionResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PerceptionResponse", description = "A stored SERVQUAL response.")
public record PerceptionResponseResponse(
        @Schema(example = "2c1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61") UUID id,
        @Schema(example = "email") String service,
        @Schema(example = "CUSTOMER") String respondentType,
        @Schema(description = "The survey's label of who answered, as sent.", example = "customer-panel-17")
        String respondent,
        @Schema(description = "Who entered the response: the caller (the token's actor claim).",
                example = "survey.team@example.com") String recordedBy,
        @Schema(example = "2026-11-20") LocalDate surveyedOn,
        @Schema(description = "Ratings per dimension.") Map<String, PerceptionResponseRequest.Rating> ratings,
        @Schema(description = "Importance points per dimension.") Map<String, Integer> importance,
        Instant createdAt) {

    public static PerceptionResponseResponse of(PerceptionResponse r) {
        Map<String, PerceptionResponseRequest.Rating> ratings = new LinkedHashMap<>();
        r.ratings.forEach((dimension, rating) -> ratings.put(dimension, new PerceptionResponseRequest.Rating(
                rating.expectation(), rating.perception(), rating.specification())));
        return new PerceptionResponseResponse(r.id, r.service, r.respondentType.name(), r.respondent, r.recordedBy,
                r.surveyedOn, ratings, r.importance, r.createdAt);
    }
}
