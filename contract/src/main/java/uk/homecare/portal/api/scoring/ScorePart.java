package uk.homecare.portal.api.scoring;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One part of a bid's score: the lot's weight for it, its score (0 to 100), whether its figures were missing (then it
 * scores the neutral 50), and the points it adds to the total (score x weight / 100).
 */
@Serdeable
public record ScorePart(
        ScorePartName part,
        @Schema(example = "40") int weightPercent,
        @Schema(example = "75") int score,
        @Schema(description = "No figure to score by: the part scores the neutral " + BidScore.NEUTRAL) boolean figureMissing,
        @Schema(example = "30.0") double points) {}
