package org.csi.initiative.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.FocusArea;
import org.csi.initiative.domain.Idea;
import org.csi.initiative.domain.IdeaSource;
import org.csi.initiative.domain.IdeaStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Idea", description = "An improvement idea, its votes and what became of it.")
public record IdeaResponse(
        @Schema(example = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(example = "Tell users when e-mail is down") String title,
        @Schema(example = "A status page would help.") String description,
        @Schema(example = "CUSTOMER_SURVEY") IdeaSource source,
        @Schema(example = "Customer satisfaction survey 2030-Q1, response 118") String surveyReference,
        @Schema(example = "[\"CUSTOMER_SATISFACTION\"]") List<FocusArea> focusAreas,
        @Schema(description = "The caller who submitted it.", example = "sam.user@example.com") String submittedBy,
        @Schema(description = "SUBMITTED, PROMOTED, ATTACHED or REJECTED.", example = "SUBMITTED") IdeaStatus status,
        @Schema(description = "The initiative it was promoted into or attached to.",
                example = "5b0c8f7e-3f7a-4c53-9d35-1a0c5e2b9f10") UUID initiativeId,
        @Schema(description = "Votes, one per caller.", example = "12") int votes,
        @Schema(description = "The manager who promoted, attached or rejected it.", example = "cio@example.com")
        String decidedBy,
        @Schema(description = "Set when a csi-admin decided on behalf of someone.") String decidedOnBehalfOf,
        @Schema(example = "2030-01-02T09:00:00Z") Instant decidedAt,
        @Schema(description = "The note of the decision (the reason of a rejection).") String decisionNote,
        @Schema(example = "0") long version,
        @Schema(example = "2030-01-01T09:00:00Z") Instant createdAt,
        @Schema(example = "2030-01-02T09:00:00Z") Instant updatedAt) {

    static IdeaResponse of(Idea i) {
        return new IdeaResponse(i.id, i.title, i.description, i.source, i.surveyReference, List.copyOf(i.focusAreas),
                i.submittedBy, i.status, i.initiativeId, i.votes, i.decidedBy, i.decidedOnBehalfOf, i.decidedAt,
                i.decisionNote, i.version, i.createdAt, i.updatedAt);
    }

    @Schema(name = "IdeaLink", description = "An idea an initiative took up.")
    public record Link(
            @Schema(example = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID id,
            @Schema(example = "Tell users when e-mail is down") String title,
            @Schema(example = "CUSTOMER_SURVEY") IdeaSource source,
            @Schema(example = "PROMOTED") IdeaStatus status,
            @Schema(example = "12") int votes) {

        static Link of(Idea i) {
            return new Link(i.id, i.title, i.source, i.status, i.votes);
        }
    }
}
