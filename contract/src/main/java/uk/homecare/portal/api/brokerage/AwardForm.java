package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The commissioner awards the package to the provider of this bid. */
@Serdeable
public record AwardForm(@NotNull UUID offerId) {}
