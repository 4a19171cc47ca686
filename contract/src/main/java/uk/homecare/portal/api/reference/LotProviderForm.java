package uk.homecare.portal.api.reference;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Puts a provider on a lot in a tier, or moves it to another tier. */
@Serdeable
public record LotProviderForm(@NotNull UUID providerId, @NotNull LotTier tier) {}
