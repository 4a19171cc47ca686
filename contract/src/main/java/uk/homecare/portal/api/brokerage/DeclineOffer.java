package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A provider turns the offer down, saying why. */
@Serdeable
public record DeclineOffer(@NotNull DeclineReason reason, @Nullable @Size(max = 500) String note) {}
