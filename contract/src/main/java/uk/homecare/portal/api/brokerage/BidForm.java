package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** A bid in the OPEN stage: a start date, and an hourly rate in pence only where the lot allows price competition. */
@Serdeable
public record BidForm(@NotNull LocalDate proposedStart, @Nullable @Positive @Max(100_000) Integer ratePence) {}
