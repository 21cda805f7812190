package org.csi.initiative.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.initiative.domain.FocusArea;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.InitiativeStatus;
import org.csi.initiative.domain.LifecyclePhase;
import org.csi.platform.rest.ItsmReferenceResponse;
import org.csi.platform.domain.ImprovementScore;
import org.csi.platform.rest.ScoreResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Initiative", description = "A CSI improvement initiative as stored; version is also sent as the ETag.")
public record InitiativeResponse(
        @Schema(description = "Initiative id.", example = "5b0c8f7e-3f7a-4c53-9d35-1a0c5e2b9f10") UUID id,
        @Schema(description = "Title.", example = "Stabilise Service Operation for E-Mail") String title,
        @Schema(description = "The vision of the current cycle.", example = "E-mail incidents restored within 4 hours") String vision,
        @Schema(description = "Focus areas.", example = "[\"SERVICE_QUALITY\"]") List<FocusArea> focusAreas,
        @Schema(description = "The broad approach.", example = "Formalise incident management.") String approach,
        @Schema(description = "Lifecycle phase in focus.", example = "SERVICE_OPERATION") LifecyclePhase lifecyclePhase,
        @Schema(description = "Services in scope.", example = "[\"email\"]") List<String> services,
        @Schema(description = "Processes in scope.", example = "[\"Incident Management\"]") List<String> processes,
        @Schema(description = "Who is accountable.", example = "jane.doe@example.com") String owner,
        @Schema(description = "People to keep informed.") List<InitiativeRequest.StakeholderDto> stakeholders,
        @Schema(description = "ISO-8601 period between scheduled checkpoints.", example = "P30D") String reviewCadence,
        @Schema(description = "Current improvement cycle, from 1.", example = "1") int cycle,
        @Schema(description = "ACTIVE or CLOSED.", example = "ACTIVE") InitiativeStatus status,
        @Schema(description = "Version for optimistic locking; also the ETag.", example = "0") long version,
        @Schema(description = "When created.", example = "2030-01-01T09:00:00Z") Instant createdAt,
        @Schema(description = "When last changed.", example = "2030-01-02T09:00:00Z") Instant updatedAt,
        @Schema(description = "Records in ITSM tools the initiative refers to.") List<ItsmReferenceResponse> references,
        @Schema(description = "Benefit rating 1..5; null: not rated.", example = "4") Integer benefitRating,
        @Schema(description = "Effort rating 1..5; null: not rated.", example = "2") Integer effortRating,
        @Schema(description = "Risk rating 1..5; null: not rated.", example = "2") Integer riskRating,
        @Schema(description = "Where the initiative ranks in the register, and why.") ScoreResponse score,
        @Schema(description = "The ideas promoted into or attached to the initiative, oldest first.")
        List<IdeaResponse.Link> ideas,
        // value (issue 17)
        @Schema(description = "What the initiative is expected to bring, as typed values.")
        List<org.csi.platform.value.BenefitValue> expectedBenefits,
        @Schema(description = "How it ended; set when CLOSED with an outcome.", example = "SUCCESSFUL")
        org.csi.initiative.domain.InitiativeOutcome outcome,
        @Schema(description = "What kind of value it was about; set when CLOSED with a category.",
                example = "TIME_SAVING") org.csi.initiative.domain.OutcomeCategory outcomeCategory) {

    static InitiativeResponse of(Initiative i, ImprovementScore score) {
        return new InitiativeResponse(i.id, i.title, i.vision, List.copyOf(i.focusAreas), i.approach, i.lifecyclePhase,
                List.copyOf(i.services), List.copyOf(i.processes), i.owner,
                i.stakeholders.stream().map(InitiativeRequest.StakeholderDto::of).toList(),
                i.reviewCadence, i.cycle, i.status, i.version, i.createdAt, i.updatedAt,
                ItsmReferenceResponse.of(i.references),
                i.benefitRating, i.effortRating, i.riskRating, ScoreResponse.of(score),
                i.ideas.stream().map(IdeaResponse.Link::of).toList(),
                i.expectedBenefits, i.outcome, i.outcomeCategory);
    }
}
