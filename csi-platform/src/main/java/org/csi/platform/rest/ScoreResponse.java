package org.csi.platform.rest;

import java.math.BigDecimal;
import java.util.List;

import org.csi.platform.domain.ImprovementScore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ranking score of an initiative or SIP, with the parts it is made of (they add up to it). */
@Schema(name = "Score", description = "Where the record ranks in the register, 0..100, and why: each part's rating "
        + "(1..5), where the rating came from, its weight (csi.scoring.*) and its contribution; the contributions add "
        + "up to the score.")
public record ScoreResponse(
        @Schema(description = "The score, 0..100; lists sorted by score put the highest first.", example = "87.5")
        BigDecimal score,
        @Schema(description = "BENEFIT, EFFORT, RISK and ALIGNMENT, in that order.") List<Part> parts) {

    @Schema(name = "ScorePart", description = "One part of a score.")
    public record Part(
            @Schema(description = "Which part.", example = "BENEFIT") ImprovementScore.Aspect aspect,
            @Schema(description = "The rating, 1..5 (for effort and risk a higher rating lowers the score).",
                    example = "5") BigDecimal rating,
            @Schema(description = "RATED: given on the record; DEFAULT: not rated, csi.scoring.default-rating; "
                    + "RELATIVE_GAP: derived from a SIP's gap; FOCUS_AREA: derived from the focus-area weights.",
                    example = "RATED") ImprovementScore.Basis basis,
            @Schema(description = "How a derived or default rating was found.",
                    example = "focus-area weight 1.5 of at most 1.5") String detail,
            @Schema(description = "The part's weight.", example = "3") BigDecimal weight,
            @Schema(description = "What the part adds to the score: 100 x weight x value / sum of the weights.",
                    example = "37.5") BigDecimal contribution) {
    }

    public static ScoreResponse of(ImprovementScore score) {
        return new ScoreResponse(score.score(), score.parts().stream()
                .map(p -> new Part(p.aspect(), p.rating(), p.basis(), p.detail(), p.weight(), p.contribution()))
                .toList());
    }
}
