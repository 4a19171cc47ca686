package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A provider's bid (or acceptance in the OPEN stage), as the commissioner compares them, with the
 * provider's current reported capacity in the package's zone (null without a report in the last 7 days).
 */
@Serdeable
public record Bid(
        UUID offerId,
        NamedRef provider,
        OfferResponse response,
        LocalDate proposedStart,
        @Nullable Integer ratePence,
        Instant submittedAt,
        @Nullable Integer spareCapacityMinutes) {}
