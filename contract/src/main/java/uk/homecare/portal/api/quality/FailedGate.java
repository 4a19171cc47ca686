package uk.homecare.portal.api.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A gate a provider fails in a council, so that council's cascade makes it no new offer: which gate, the council,
 * why in words (the request's language), and the facts the words come from.
 */
@Serdeable
@Schema(description = "A gate a provider fails in a council: it gets no new offers there")
public record FailedGate(
        GateName gate,
        NamedRef council,
        @Schema(description = "Why, in the request's language", maxLength = 1000,
                example = "Its rating, Requires improvement, is below this council's minimum, Good.")
        String reason,
        @Schema(description = "MINIMUM_RATING: the provider's rating the gate judged") @Nullable Rating rating,
        @Schema(description = "MINIMUM_RATING: the council's minimum") @Nullable Rating minimumRating,
        @Schema(description = "MINIMUM_RATING: when the rating judged was published") @Nullable LocalDate publishedOn,
        @Schema(description = "SUSPENDED_BY_COUNCIL: the council's reason", maxLength = 500, example = "Safeguarding investigation open")
        @Nullable String note,
        @Schema(description = "SUSPENDED_BY_COUNCIL: since when") @Nullable Instant since) {}
