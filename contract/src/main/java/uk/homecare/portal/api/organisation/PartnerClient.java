package uk.homecare.portal.api.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An NHS partner's API client as the portal holds it: never its secret (shown once, when issued), only
 * whether it is enabled, whether a public key is registered, and until when a rotated-out secret still works.
 */
@Serdeable
public record PartnerClient(
        UUID id,
        @Schema(example = "coventry-icb-live") String clientId,
        boolean enabled,
        boolean hasPublicKey,
        @Schema(description = "Until when the secret before the last rotation still works; absent when none does")
        @Nullable Instant previousSecretWorksUntil,
        List<PartnerAction> actions) {

    public PartnerClient {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
