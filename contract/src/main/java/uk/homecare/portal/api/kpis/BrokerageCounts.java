package uk.homecare.portal.api.kpis;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the cascade did in the period: packages published (first published in it), awards made in it (a package awarded
 * again after a hand-back counts again), of those the awards to a provider that held the package's primary offer in the
 * awarded round, and hand-back notices given (with the weekly minutes of the packages handed back).
 */
@Serdeable
public record BrokerageCounts(int published, int awarded, int awardedToPrimary, int handBacks, int handBackWeeklyMinutes) {}
