package uk.homecare.portal.api.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.homecare.portal.api.organisation.Regulator;

/** One regulated location of a provider as the regulator's latest file has it, and how its rating changed, newest first. */
@Serdeable
@Schema(description = "A provider's regulated location and its rating")
public record LocationRating(
        Regulator regulator,
        @Schema(example = "1-9698924284", maxLength = 40) String locationId,
        @Schema(example = "Spon End Home Support - Coventry", maxLength = 300) String locationName,
        Rating rating,
        @Nullable LocalDate publishedOn,
        @Schema(description = "When an import no longer listed it (deregistered); absent while listed") @Nullable Instant withdrawnAt,
        @ArraySchema(maxItems = 1000, arraySchema = @Schema(description = "Each change an import made, newest first"))
        List<RatingChange> history) {

    public LocationRating {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
