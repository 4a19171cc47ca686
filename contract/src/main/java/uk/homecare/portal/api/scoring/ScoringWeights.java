package uk.homecare.portal.api.scoring;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * How a lot's bids are ranked: the weight of each part of a bid's score, in whole percentages summing to 100.
 * {@code setByCouncil} is false while the council has set none for the lot and the portal's default applies.
 */
@Serdeable
public record ScoringWeights(
        NamedRef lot,
        @Schema(example = "40") int pricePercent,
        @Schema(example = "40") int qualityPercent,
        @Schema(example = "10") int performancePercent,
        @Schema(example = "10") int continuityPercent,
        boolean setByCouncil) {

    /** The portal's weights for a lot whose council has set none: price 40, quality 40, performance 10, continuity 10. */
    public static final int DEFAULT_PRICE = 40;
    public static final int DEFAULT_QUALITY = 40;
    public static final int DEFAULT_PERFORMANCE = 10;
    public static final int DEFAULT_CONTINUITY = 10;

    /** The weight of one part. */
    public int percentOf(ScorePartName part) {
        return switch (part) {
            case PRICE -> pricePercent;
            case QUALITY -> qualityPercent;
            case PERFORMANCE -> performancePercent;
            case CONTINUITY -> continuityPercent;
        };
    }
}
