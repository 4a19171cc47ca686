package uk.homecare.portal.api.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A provider's committed care with the council (awarded packages, minutes a week) against the council's
 * viability band and the provider's contract band, where it has one.
 */
@Serdeable
public record ProviderBand(
        NamedRef provider,
        int committedMinutes,
        @Nullable Integer contractMinMinutes,
        @Nullable Integer contractMaxMinutes,
        boolean belowViability,
        boolean aboveViability,
        boolean outsideContract) {}
