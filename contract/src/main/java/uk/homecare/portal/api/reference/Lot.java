package uk.homecare.portal.api.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * A lot of a framework: one zone's care for a group of people, or a citywide service. Contract
 * hours bands are in minutes a week. {@code providers} lists who holds the lot and in which tier.
 */
@Serdeable
public record Lot(
        UUID id,
        UUID frameworkId,
        String name,
        LotKind kind,
        @Nullable UUID zoneId,
        @Nullable String zoneName,
        ServiceCategory serviceCategory,
        @Nullable Integer minWeeklyMinutes,
        @Nullable Integer maxWeeklyMinutes,
        boolean priceCompetition,
        List<LotProvider> providers,
        int version) {}
