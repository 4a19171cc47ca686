package uk.homecare.portal.api.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One change an import made to a location's rating: old to new, when, and by which import. */
@Serdeable
@Schema(description = "A change of a location's rating by an import")
public record RatingChange(
        RatingChangeKind kind,
        @Nullable Rating from,
        @Nullable Rating to,
        @Nullable LocalDate publishedOn,
        Instant at,
        UUID importId) {}
