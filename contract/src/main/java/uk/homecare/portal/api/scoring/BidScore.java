package uk.homecare.portal.api.scoring;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import uk.homecare.portal.api.quality.Rating;

/**
 * Why a bid ranks where it does: its rank among the round's bids (1 is the top; equal totals share a rank), its total
 * (0 to 100, the sum of its parts' points), each part with its weight and score, and the figures scored. Awarding a bid
 * that is not at the top needs a recorded reason ({@code awardNeedsReason}). {@code rating} is the regulator's rating the gates
 * judge the provider by (absent when it has none). Only the council's commissioners see it.
 */
@Serdeable
public record BidScore(
        @Schema(example = "1") int rank,
        @Schema(example = "72.5") double total,
        @Schema(description = "Awarding this bid needs a reason: a bid of the round scores higher") boolean awardNeedsReason,
        List<ScorePart> parts,
        @Schema(description = "The hourly rate scored: the bid's, else the council's rate for the care; absent when neither is known")
        @Nullable Integer ratePence,
        @Schema(description = "The lowest hourly rate scored among the round's bids") @Nullable Integer lowestRatePence,
        @Nullable Rating rating,
        @Schema(description = "The council's contract monitoring visits to the provider in the last 12 months") int monitoringVisits,
        @Schema(description = "Actions of the council's monitoring visits still open after their due date") int monitoringActionsOverdue,
        @Schema(description = "The provider's performance with the council over the last 12 months") ProviderFigures performance,
        Continuity continuity) {

    /** What a part scores when it has no figure to score by. */
    public static final int NEUTRAL = 50;

    @Creator
    public BidScore {
        parts = List.copyOf(parts);
    }
}
