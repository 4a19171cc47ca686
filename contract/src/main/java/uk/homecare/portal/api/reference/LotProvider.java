package uk.homecare.portal.api.reference;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A provider holding a lot, and in which tier. */
@Serdeable
public record LotProvider(UUID providerId, String providerName, LotTier tier) {}
