package uk.homecare.portal.api.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import uk.homecare.portal.api.identity.NamedRef;

/** A location an import flagged: new to the portal, its rating changed, or withdrawn; and the portal's provider it belongs to, if any. */
@Serdeable
@Schema(description = "A location an import flagged")
public record ImportedChange(
        RatingChangeKind kind,
        @Schema(example = "1-9698924284", maxLength = 40) String locationId,
        @Schema(example = "Spon End Home Support - Coventry", maxLength = 300) String locationName,
        @Schema(example = "1-7403928141", maxLength = 40) String regulatorProviderId,
        @Schema(description = "The provider organisation in the portal with this regulator id; absent when none") @Nullable NamedRef provider,
        @Nullable Rating from,
        @Nullable Rating to,
        @Nullable LocalDate publishedOn) {}
