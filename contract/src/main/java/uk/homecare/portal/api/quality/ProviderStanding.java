package uk.homecare.portal.api.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A provider in a council: its rating as the gates judge it (the worst of its listed locations, docs/quality-gates.md),
 * its locations, the gates it fails there (none: it gets new offers), and what the caller may do.
 */
@Serdeable
@Schema(description = "A provider's ratings and the gates it fails in a council")
public record ProviderStanding(
        NamedRef provider,
        NamedRef council,
        @Schema(description = "The rating the gates judge; absent when no listed location") @Nullable Rating rating,
        List<LocationRating> locations,
        List<FailedGate> failedGates,
        List<StandingAction> actions) {

    public ProviderStanding {
        locations = locations == null ? List.of() : List.copyOf(locations);
        failedGates = failedGates == null ? List.of() : List.copyOf(failedGates);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
