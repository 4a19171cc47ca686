package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The commissioner awards the package to the provider of this bid. A bid that is not at the top of the ranking
 * ({@code Bid.score.awardNeedsReason}) is awarded only with a reason, which the package's history keeps.
 */
@Serdeable
public record AwardForm(
        @NotNull UUID offerId,
        @Schema(description = "Why this bid and not the top one; needed when a bid of the round scores higher", example = "Speaks the person's language")
        @Nullable @Size(max = AwardForm.MAX_REASON) String reason) {

    /** The longest reason, in characters. */
    public static final int MAX_REASON = 1000;

    /** An award without a reason. */
    public AwardForm(UUID offerId) {
        this(offerId, null);
    }
}
